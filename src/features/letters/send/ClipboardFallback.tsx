import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Shown when the browser would not copy: the text is selected in a read-only box, so one
 * "Copy" from the phone's own menu is all the member needs.
 */
export function ClipboardFallback({ text, instructions }: { text: string; instructions: string }) {
  const { t } = useTranslation('letters', { keyPrefix: 'send' });
  const boxRef = useRef<HTMLTextAreaElement>(null);
  const hintId = useId();
  const boxId = useId();

  useEffect(() => {
    boxRef.current?.focus();
    boxRef.current?.select();
  }, []);

  return (
    <div className="clipboard-fallback">
      <label htmlFor={boxId}>{t('clipboardFallback.label')}</label>
      <p id={hintId} className="hint">
        {instructions}
      </p>
      <textarea
        id={boxId}
        ref={boxRef}
        readOnly
        rows={6}
        value={text}
        aria-describedby={hintId}
        onFocus={(event) => event.currentTarget.select()}
      />
    </div>
  );
}
