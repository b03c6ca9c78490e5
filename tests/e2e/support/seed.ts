import type { Page } from '@playwright/test';

/** Puts rows straight into the app's IndexedDB, for stories that start from a given state. */
export function putRows(page: Page, table: string, rows: readonly unknown[]): Promise<void> {
  return page.evaluate(
    ({ table, rows }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('carta');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const transaction = open.result.transaction(table, 'readwrite');
          for (const row of rows) transaction.objectStore(table).put(row);
          transaction.oncomplete = () => {
            open.result.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    { table, rows },
  );
}
