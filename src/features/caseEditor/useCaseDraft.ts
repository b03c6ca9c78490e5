import { useCallback, useEffect, useRef, useState } from 'react';
import type { CaseDraftRow } from '../../db/rows';
import type { CaseForm } from '../../domain/caseForm';
import { useDatabase } from '../../ui/DatabaseContext';
import { createDebouncedSaver, type DebouncedSaver } from '../../ui/debouncedSaver';

/** The same pause as a letter's: under half a second of typing can be lost to a crash. */
const AUTOSAVE_DELAY_MS = 400;

export type CaseSaveState = 'saved' | 'saving' | 'failed';

export interface CaseDraftHandle {
  /** undefined while loading, null when this device has no such draft. */
  row: CaseDraftRow | null | undefined;
  form: CaseForm | null;
  saveState: CaseSaveState;
  change(update: (form: CaseForm) => CaseForm): void;
  /** Moves the draft onto another published version (after a 409 the coordinator chose). */
  rebase(baseVersion: number | null, form?: CaseForm): void;
  flush(): Promise<void>;
}

/**
 * A case draft, editable, saved to IndexedDB as the coordinator types, on the same discipline as a
 * letter: after a pause, on blur, when the page is hidden or closed. The row is read once, not
 * watched: from then on this screen's copy is the truth, so a save landing late cannot undo newer
 * typing, and saving does not make the database read the row back on every key press.
 */
export function useCaseDraft(draftId: string): CaseDraftHandle {
  const database = useDatabase();
  const [row, setRow] = useState<CaseDraftRow | null | undefined>(undefined);
  const [saveState, setSaveState] = useState<CaseSaveState>('saved');
  const latest = useRef<CaseDraftRow | null>(null);
  const saver = useRef<DebouncedSaver<CaseDraftRow> | null>(null);

  useEffect(() => {
    let current = true;
    void database.caseDrafts.get(draftId).then((stored) => {
      if (!current) return;
      latest.current = stored ?? null;
      setRow(stored ?? null);
    });
    return () => {
      current = false;
    };
  }, [database, draftId]);

  useEffect(() => {
    const instance = createDebouncedSaver<CaseDraftRow>(async (next) => {
      try {
        await database.caseDrafts.put(next);
        if (latest.current === next) setSaveState('saved');
      } catch (error) {
        console.error('Could not save the case draft', error);
        setSaveState('failed');
      }
    }, AUTOSAVE_DELAY_MS);
    saver.current = instance;
    return () => {
      saver.current = null;
      void instance.dispose();
    };
  }, [database, draftId]);

  const write = useCallback((next: CaseDraftRow) => {
    latest.current = next;
    setRow(next);
    setSaveState('saving');
    saver.current?.schedule(next);
  }, []);

  const change = useCallback(
    (update: (form: CaseForm) => CaseForm) => {
      const current = latest.current;
      if (!current) return;
      write({ ...current, form: update(current.form), updatedAt: new Date().toISOString() });
    },
    [write],
  );

  const rebase = useCallback(
    (baseVersion: number | null, form?: CaseForm) => {
      const current = latest.current;
      if (!current) return;
      write({
        ...current,
        baseVersion,
        form: form ?? current.form,
        updatedAt: new Date().toISOString(),
      });
    },
    [write],
  );

  const flush = useCallback(() => saver.current?.flush() ?? Promise.resolve(), []);
  return { row, form: row?.form ?? null, saveState, change, rebase, flush };
}
