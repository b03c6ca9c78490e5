import { startScreenCacheName, type StartScreenCopy } from '../domain/startScreenCopy';
import { whenIdle } from './afterFirstPaint';

/** Where the copies are kept: Cache Storage on a phone, memory in a test. */
export interface StartScreenStore {
  put(address: string, copy: StartScreenCopy): Promise<void>;
  forget(address: string): Promise<void>;
}

/**
 * The caches the service worker reads (startScreenCopy.ts); each day's are a cache apart, and the
 * worker drops other days' at every start.
 */
export const cachedStartScreens: StartScreenStore = {
  async put(address, copy) {
    const today = startScreenCacheName(new Date());
    const body = JSON.stringify(copy);
    const headers = { 'Content-Type': 'application/json' };
    await (await caches.open(today)).put(address, new Response(body, { headers }));
  },
  async forget(address) {
    // Only today's copies are ever served.
    await (await caches.open(startScreenCacheName(new Date()))).delete(address);
  },
};

// A list of a few hundred cases; anything larger is not worth copying on every change.
const MAX_HTML_LENGTH = 500_000;

// The elements whose text the HTML serialiser writes out unescaped.
const RAW_TEXT_ELEMENTS = 'script, style, xmp, iframe, noembed, noframes, plaintext, noscript';

/**
 * The element's first two screens: nobody scrolls further in the moment before the app's render
 * replaces the copy, and a whole case page (its targets, report form and sources, which the app
 * itself renders only after its first paint) made the copy cost more to paint than it saved.
 */
function firstScreensOf(element: HTMLElement): string {
  const fold = window.innerHeight * 2;
  const copy = element.cloneNode(true) as HTMLElement;
  const prune = (live: Element, copied: Element) => {
    const copiedChildren = [...copied.children];
    [...live.children].forEach((child, index) => {
      const { top, bottom } = child.getBoundingClientRect();
      if (top + window.scrollY >= fold) copiedChildren[index]?.remove();
      else if (bottom + window.scrollY > fold) prune(child, copiedChildren[index]!);
    });
  };
  prune(element, copy);
  // The policy forbids inline style, and the app sets none it needs at a start; one set from
  // outside (a screenshot tool, an extension) would only be refused with an error on the console.
  for (const styled of [copy, ...copy.querySelectorAll('[style]')]) styled.removeAttribute('style');
  // A case's text in one of these could end it and be read back as markup; the screens worth
  // copying have none, and a copy must never turn text into HTML.
  for (const raw of copy.querySelectorAll(RAW_TEXT_ELEMENTS)) raw.remove();
  return copy.outerHTML;
}

function copyOf(element: HTMLElement): StartScreenCopy | null {
  const build = document.querySelector('script[type="module"][src]')?.getAttribute('src');
  const html = firstScreensOf(element);
  if (!build || html.length > MAX_HTML_LENGTH) return null;
  const { lang, dir } = document.documentElement;
  const styles = [...document.querySelectorAll('link[rel="stylesheet"]')].flatMap(
    (link) => link.getAttribute('href') ?? [],
  );
  return { build, language: lang, dir, title: document.title, html, styles };
}

/**
 * Keeps a copy of `element` as its address's first sight at a later start, written now and again
 * when the browser is idle after each change; the returned function stops and drops the copy.
 */
export function keepAsStartScreen(
  element: HTMLElement,
  store: StartScreenStore = cachedStartScreens,
): () => void {
  // No Cache Storage (a page not served over HTTPS) means no service worker to serve a copy.
  if (store === cachedStartScreens && typeof caches === 'undefined') return () => undefined;
  // Writes and the last forget run one after another: a slow write never lands after the forget.
  let queue = Promise.resolve();
  const inTurn = (task: () => Promise<void>) => {
    queue = queue.then(task).catch((error: unknown) => {
      // Storage full or blocked: a later start shows the plain frame, as a first visit does.
      console.warn('Could not keep a copy of the screen for the next start', error);
    });
  };
  let kept: string | null = null;
  let pending = false;
  let stopped = false;
  const write = () => {
    pending = false;
    if (stopped) return;
    const copy = copyOf(element);
    // The address moves with the list's search.
    const address = window.location.pathname + window.location.search;
    const previous = kept;
    kept = copy ? address : null;
    inTurn(async () => {
      if (previous !== null && previous !== address) await store.forget(previous);
      // Too large to copy now: an older, smaller copy would show a screen that is gone.
      await (copy ? store.put(address, copy) : store.forget(address));
    });
  };
  const schedule = () => {
    if (pending) return;
    pending = true;
    whenIdle(write, 2_000);
  };
  // Every change below, whichever component made it: a search typed, a card updated by sync.
  const observer = new MutationObserver(schedule);
  observer.observe(element, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
  });
  // At once: the service worker serves this start's copy only once, and the screen has been
  // painted and the browser idle before this runs.
  write();
  return () => {
    observer.disconnect();
    stopped = true;
    const address = kept;
    if (address !== null) inTurn(() => store.forget(address));
  };
}
