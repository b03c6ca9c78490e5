import { useCallback, useEffect, useState } from 'react';
import type { Draft } from '../../db/rows';
import { useDatabase } from '../../ui/DatabaseContext';

/** How long "Undo" stays on offer after a delete. */
export const UNDO_WINDOW_MS = 10_000;

export interface UndoableDelete {
  /** The letter just deleted and the name of its recipient, while it can still be brought back. */
  deleted: { draft: Draft; name: string } | null;
  /** What the status line says: the deletion, or the restore after Undo. */
  message: string | null;
  remove(draft: Draft, name: string, deletedMessage: string): Promise<void>;
  undo(restoredMessage: string): Promise<void>;
}

/**
 * Deleting at once and offering Undo, rather than asking "Are you sure?": the list never shows a
 * letter that is going away, and a slip of the thumb costs one tap to repair. Undo puts the very
 * same record back, id and timestamps included.
 */
export function useUndoableDelete(): UndoableDelete {
  const database = useDatabase();
  const [deleted, setDeleted] = useState<UndoableDelete['deleted']>(null);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => {
      setDeleted(null);
      setMessage(null);
    }, UNDO_WINDOW_MS);
    return () => clearTimeout(timer);
  }, [message]);

  const remove = useCallback(
    async (draft: Draft, name: string, deletedMessage: string) => {
      await database.drafts.delete(draft.id);
      setDeleted({ draft, name });
      setMessage(deletedMessage);
    },
    [database],
  );

  const undo = useCallback(
    async (restoredMessage: string) => {
      if (!deleted) return;
      await database.drafts.put(deleted.draft);
      setDeleted(null);
      setMessage(restoredMessage);
    },
    [database, deleted],
  );

  return { deleted, message, remove, undo };
}
