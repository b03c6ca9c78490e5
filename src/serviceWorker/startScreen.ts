import {
  isStartScreenCopy,
  pageWithStartScreen,
  START_SCREEN_CACHE_PREFIX,
  startScreenCacheName,
} from '../domain/startScreenCopy';

export interface StartScreenSources {
  caches: Pick<CacheStorage, 'match' | 'open' | 'keys' | 'delete'>;
  now: Date;
  /** An open kiosk is all the phone shows: nothing of the member's screens reaches a passer-by. */
  kioskOpen: () => Promise<boolean>;
}

/**
 * The app's page for `url`, with the copy of the screen the member left at that address today,
 * if there is one that fits; otherwise `page` itself.
 *
 * A copy is served once and deleted as it is: the screen writes a new one while it stays open,
 * so a copy never outlives it, even when the member leaves the screen before its first write, or
 * the case it shows is gone by the next start.
 */
export async function servedWithStartScreen(
  page: Response,
  url: URL,
  { caches, now, kioskOpen }: StartScreenSources,
): Promise<Response> {
  try {
    if (!page.ok) return page;
    const today = startScreenCacheName(now);
    const address = url.pathname + url.search;
    // Every start passes here: other days' copies, never served, go while today's is looked up.
    const [, stored] = await Promise.all([
      forgetStartScreens(caches, today),
      caches.match(address, { cacheName: today }),
    ]);
    if (!stored) return page;
    await (await caches.open(today)).delete(address);
    if (await kioskOpen()) return page;
    const copy: unknown = await stored.json();
    if (!isStartScreenCopy(copy)) return page;
    const html = pageWithStartScreen(await page.clone().text(), copy);
    if (html === null) return page;
    const headers = new Headers(page.headers);
    // The body is new: the stored page's length and encoding no longer describe it.
    headers.delete('Content-Length');
    headers.delete('Content-Encoding');
    return new Response(html, { status: page.status, statusText: page.statusText, headers });
  } catch {
    // An unreadable copy must never cost the member the app itself.
    return page;
  }
}

/**
 * Drops every day's copies but `keep`'s; all of them after a sync in the background, which may
 * have changed what the screens show with none open to write a new copy.
 */
export async function forgetStartScreens(
  caches: Pick<CacheStorage, 'keys' | 'delete'>,
  keep?: string,
): Promise<void> {
  const names = await caches.keys();
  await Promise.all(
    names
      .filter((name) => name.startsWith(START_SCREEN_CACHE_PREFIX) && name !== keep)
      .map((name) => caches.delete(name)),
  );
}
