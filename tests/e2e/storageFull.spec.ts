import { expect, test, type Page } from '@playwright/test';
import { urgentAction } from './support/cases';

// A cheap phone full of photos: IndexedDB refuses writes with QuotaExceededError. The origin's
// quota is lowered through DevTools to a few megabytes, and random bytes in a database of their
// own take up what Carta leaves of it, as the photos would.

const president = 'Dina Ercilia Boluarte Zegarra';
/** The browser's share of a phone that is nearly full: room for Carta and a few photos. */
const QUOTA = 8 * 1024 * 1024;

/** Reads the app's database as it is on disk, not as the screen shows it. */
function readCarta(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ reports: unknown[]; drafts: Array<{ ownParagraph: string }> }>(
        (resolve, reject) => {
          const open = indexedDB.open('carta');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const transaction = open.result.transaction(['outbox', 'drafts'], 'readonly');
            const outbox = transaction.objectStore('outbox').getAll();
            const drafts = transaction.objectStore('drafts').getAll();
            transaction.oncomplete = () => {
              open.result.close();
              resolve({
                reports: (outbox.result as Array<{ payload: unknown }>).map((row) => row.payload),
                drafts: drafts.result as Array<{ ownParagraph: string }>,
              });
            };
            transaction.onerror = () => reject(transaction.error);
          };
        },
      ),
  );
}

/** Fills what is left of the origin's quota with ever smaller blobs, down to 1 KiB. */
function fillStorage(page: Page) {
  return page.evaluate(async () => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('photos-standing-in', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('blobs', { autoIncrement: true });
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    // Random bytes: zeros would be compressed to almost nothing on disk, and the quota counts
    // what is on disk.
    const noise = (size: number) => {
      const bytes = new Uint8Array(size);
      for (let at = 0; at < size; at += 65536) {
        crypto.getRandomValues(bytes.subarray(at, Math.min(at + 65536, size)));
      }
      return bytes;
    };
    const put = (size: number) =>
      new Promise<boolean>((resolve) => {
        const transaction = database.transaction('blobs', 'readwrite');
        transaction.objectStore('blobs').add(noise(size));
        transaction.oncomplete = () => resolve(true);
        transaction.onabort = () => resolve(false);
      });
    let size = 512 * 1024;
    for (let puts = 0; size >= 1024; puts += 1) {
      if (puts > 200) throw new Error('The quota override did not hold: the blobs never stop');
      if (!(await put(size))) size /= 2;
    }
    database.close();
  });
}

function freeStorage(page: Page) {
  return page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('photos-standing-in');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      }),
  );
}

test('with the phone full, a report and a letter are refused with a clear message, nothing half-written is kept, and nothing typed leaves the screen', async ({
  page,
  context,
  baseURL,
}) => {
  // Before anything of Carta's is stored: IndexedDB remembers how much room it has, and would
  // not learn of a smaller quota until it looks again.
  const cdp = await context.newCDPSession(page);
  const origin = new URL(baseURL ?? '').origin;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: QUOTA });
  await page.goto(urgentAction.path);

  // Before the phone fills up: a report and a letter, both saved.
  await page.getByRole('button', { name: 'Letters: one more' }).click();
  await page.getByRole('button', { name: 'Save report' }).click();
  await expect(page.getByText(/^Saved on this phone\./)).toBeVisible();

  await page.getByRole('link', { name: 'Write a letter' }).click();
  await page.getByRole('button', { name: 'Start writing' }).click();
  await page.getByRole('textbox', { name: 'Full name' }).fill('Ana Pérez');
  await page.getByRole('textbox', { name: 'Postal address' }).fill('12 High Street, Sutton');
  await page.getByRole('button', { name: 'Save and start writing' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Letter to ${president}` }),
  ).toBeVisible();
  const own = page.getByRole('textbox', { name: 'Your own paragraph (optional)' });
  await own.click();
  await page.keyboard.type('Before the phone filled up.');
  await expect(page.getByRole('status').getByText('Saved on this phone')).toBeVisible();
  const draftUrl = page.url();
  const before = await readCarta(page);
  expect(before.reports).toHaveLength(1);
  expect(before.drafts.map((draft) => draft.ownParagraph)).toEqual(['Before the phone filled up.']);

  await page.goto(urgentAction.path);
  await expect(page.getByRole('heading', { level: 1, name: urgentAction.title.en })).toBeVisible();
  await fillStorage(page);

  // The report: the member is told, and the counts stay in the form.
  const more = page.getByRole('button', { name: 'Emails: one more' });
  await more.click();
  await more.click();
  await page.getByRole('button', { name: 'Save report' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'This phone is out of space — nothing was saved. Free some space on the phone, then save again.',
  );
  await expect(page.getByLabel('Emails', { exact: true })).toHaveValue('2');
  expect((await readCarta(page)).reports).toEqual(before.reports);

  // The letter: what is typed stays on the screen, the phone keeps the last whole save.
  await page.goto(draftUrl);
  await own.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' After it filled up.');
  await expect(
    page.getByRole('status').getByText(/^Not saved: this phone's storage is full\./),
  ).toBeVisible();
  await expect(own).toHaveValue('Before the phone filled up. After it filled up.');
  expect((await readCarta(page)).drafts).toEqual(before.drafts);

  // The member deletes photos: the letter's next save keeps every word typed since.
  await freeStorage(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  await page.keyboard.type(' Saved at last.');
  await expect(page.getByRole('status').getByText('Saved on this phone')).toBeVisible();
  const after = await readCarta(page);
  expect(after.drafts.map((draft) => draft.ownParagraph)).toEqual([
    'Before the phone filled up. After it filled up. Saved at last.',
  ]);
  expect(after.reports).toEqual(before.reports);
});
