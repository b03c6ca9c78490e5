import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { UndoableDelete } from './useUndoableDelete';

interface UndoToastProps {
  state: UndoableDelete;
  /** Undo was used or ran out while it had focus: focus must land somewhere sensible. */
  onFocusLost: () => void;
}

/**
 * The status line above the bottom bar. The live region is always in the page so a screen reader
 * notices when its text changes; the Undo button takes focus because the item the member was on
 * has just gone.
 */
export function UndoToast({ state, onFocusLost }: UndoToastProps) {
  const { t } = useTranslation('letters');
  const undoButton = useRef<HTMLButtonElement>(null);
  const offering = useRef(false);
  const { deleted, message, undo } = state;

  useEffect(() => {
    if (deleted) {
      offering.current = true;
      undoButton.current?.focus();
    } else if (offering.current) {
      offering.current = false;
      // The button has been removed; if it had focus, the browser dropped focus to <body>.
      if (document.activeElement === document.body || document.activeElement === null) {
        onFocusLost();
      }
    }
  }, [deleted, onFocusLost]);

  return (
    <div className={`undo-toast${message ? ' undo-toast-visible' : ''}`}>
      <p role="status">{message ?? ''}</p>
      {deleted && (
        <button
          ref={undoButton}
          type="button"
          className="button button-small"
          onClick={() => void undo(t('list.restored', { name: deleted.name }))}
        >
          {t('list.undo')}
        </button>
      )}
    </div>
  );
}
