import type { CartaDatabase } from '../../db/database';
import type { Draft } from '../../db/rows';

/**
 * Writes a whole draft record. A page that is going away (`pagehide`) or hidden may be torn down at
 * any moment (a reload, a closed tab, the phone reclaiming memory), and Chromium aborts a
 * transaction whose page is gone before it commits. Dexie commits only after the write's success
 * event comes back, which an unloading page never sees; so then the write goes straight to
 * IndexedDB and commits in the same moment. Otherwise Dexie, so live queries see the change.
 */
export function saveDraftRecord(
  database: CartaDatabase,
  draft: Draft,
  pageMayGo: boolean,
): Promise<void> {
  if (!pageMayGo || !database.isOpen()) {
    return database.drafts.put(draft).then(() => undefined);
  }
  return new Promise((resolve, reject) => {
    const transaction = database.backendDB().transaction('drafts', 'readwrite');
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('Saving the draft failed'));
    transaction.onabort = () =>
      reject(transaction.error ?? new Error('Saving the draft was aborted'));
    transaction.objectStore('drafts').put(draft);
    transaction.commit();
  });
}
