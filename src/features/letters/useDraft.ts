import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import { isQuotaError } from '../../db/quotaError';
import type { Draft } from '../../db/rows';
import { useDatabase } from '../../ui/DatabaseContext';
import { createDebouncedSaver, type DebouncedSaver } from '../../ui/debouncedSaver';
import { saveDraftRecord } from './saveDraftRecord';

/** Long enough to skip most key presses, short enough that a crash loses under half a second. */
export const AUTOSAVE_DELAY_MS = 400;

/** The parts of a draft the member changes by typing or by choosing another target. */
export type DraftEdits = Pick<Draft, 'targetId' | 'subject' | 'body' | 'ownParagraph'>;
/** `full`: the phone refused the write for want of space; `failed`: any other refusal. */
export type SaveState = 'saved' | 'saving' | 'full' | 'failed';

export interface DraftHandle {
  /** undefined while loading, null when the phone has no such draft. */
  draft: Draft | null | undefined;
  saveState: SaveState;
  edit(changes: Partial<DraftEdits>): void;
  /** Saves what is waiting now; called when a field loses focus. */
  flush(): Promise<void>;
}

interface PendingSave {
  values: DraftEdits;
  /** Which edit this is, so "Saved" is shown only once the latest edit is on disk. */
  version: number;
}

function editableParts(draft: Draft): DraftEdits {
  return {
    targetId: draft.targetId,
    subject: draft.subject,
    body: draft.body,
    ownParagraph: draft.ownParagraph,
  };
}

/**
 * One draft, editable, saved to IndexedDB as the member types. The screen shows the member's
 * latest text at once; the database gets it after a pause, on blur, when the page is hidden or
 * closed, and when the editor goes away.
 *
 * Each save is one `put` of the whole record (see saveDraftRecord), issued at once and not awaited
 * by the saver. A page being reloaded or closed runs no more tasks after `pagehide`: a
 * read-then-write (Dexie's `update`) or a save queued behind an unfinished one would never reach
 * the disk. IndexedDB runs read-write transactions on one store in the order they were created, so
 * saves still land in order. The record comes from the live query, so a "sent" mark stored by the
 * send panel is kept.
 */
export function useDraft(draftId: string): DraftHandle {
  const database = useDatabase();
  const stored = useLiveQuery(
    async () => (await database.drafts.get(draftId)) ?? null,
    [database, draftId],
  );
  const [edits, setEdits] = useState<DraftEdits | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const saver = useRef<DebouncedSaver<PendingSave> | null>(null);
  const latest = useRef<PendingSave | null>(null);
  const storedRef = useRef<Draft | null | undefined>(stored);
  useEffect(() => {
    storedRef.current = stored;
  }, [stored]);

  useEffect(() => {
    // Registered before the saver's own listener, so it is set when the saver flushes on pagehide
    // (Chromium fires pagehide before the page turns hidden).
    let leaving = false;
    const onPageHide = () => (leaving = true);
    const onPageShow = () => (leaving = false);
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('pageshow', onPageShow);

    const write = ({ values, version }: PendingSave) => {
      const base = storedRef.current;
      if (!base) return;
      const record = { ...base, ...values, updatedAt: new Date().toISOString() };
      const pageMayGo = leaving || document.visibilityState === 'hidden';
      saveDraftRecord(database, record, pageMayGo).then(
        () => {
          if (latest.current?.version === version) setSaveState('saved');
        },
        (error: unknown) => {
          // The phone keeps the last whole save; the newer text stays on the screen and goes in
          // the next save, so nothing typed is lost while the page stays open.
          if (isQuotaError(error)) {
            setSaveState('full');
          } else {
            console.error('Could not save the draft', error);
            setSaveState('failed');
          }
        },
      );
    };
    const instance = createDebouncedSaver<PendingSave>(
      async (pending) => write(pending),
      AUTOSAVE_DELAY_MS,
    );
    saver.current = instance;
    return () => {
      saver.current = null;
      void instance.dispose();
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('pageshow', onPageShow);
    };
  }, [database, draftId]);

  const edit = useCallback(
    (changes: Partial<DraftEdits>) => {
      if (!stored) return;
      // From the ref, not from state: two edits in one event must build on each other.
      const values = { ...(latest.current?.values ?? editableParts(stored)), ...changes };
      const pending = { values, version: (latest.current?.version ?? 0) + 1 };
      latest.current = pending;
      setEdits(values);
      setSaveState('saving');
      saver.current?.schedule(pending);
    },
    [stored],
  );

  const flush = useCallback(() => saver.current?.flush() ?? Promise.resolve(), []);

  const draft = stored && edits ? { ...stored, ...edits } : stored;
  return { draft, saveState, edit, flush };
}
