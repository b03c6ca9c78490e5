import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { act, render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  pageWithStartScreen,
  startScreenCacheName,
  type StartScreenCopy,
} from '../../src/domain/startScreenCopy';
import { forgetStartScreens, servedWithStartScreen } from '../../src/serviceWorker/startScreen';
import { keepAsStartScreen, type StartScreenStore } from '../../src/ui/startScreenSnapshot';
import { useStartScreenSnapshot } from '../../src/ui/useStartScreenSnapshot';

// index.html as the build leaves it for the service worker: its entry script in the head.
const ENTRY = '/assets/index-Ab12.js';
const indexHtml = readFileSync(
  join(dirname(fileURLToPath(import.meta.url)), '../../index.html'),
  'utf8',
).replace('<title>', `<script type="module" crossorigin src="${ENTRY}"></script>\n    <title>`);

const LIST =
  '<div class="page"><h1>Casos</h1><h3 class="case-card-title">Libertad para Ana</h3></div>';

const copy = (changes: Partial<StartScreenCopy> = {}): StartScreenCopy => ({
  build: ENTRY,
  language: 'es',
  dir: 'ltr',
  title: 'Casos · Carta',
  html: LIST,
  styles: ['/assets/index-Ef56.css', '/assets/WelcomeCard-Gh78.css'],
  ...changes,
});

/** What a later start paints before any script has run: the frame's main area. */
function frameOf(html: string) {
  const page = new DOMParser().parseFromString(html, 'text/html');
  const main = page.querySelector('#root .app-main');
  return {
    main,
    text: main?.textContent?.trim() ?? '',
    skeletonCards: page.querySelectorAll('#root .skeleton-card').length,
    lang: page.documentElement.lang,
    title: page.title,
    styles: [...page.querySelectorAll('link[rel="stylesheet"]')].map((link) =>
      link.getAttribute('href'),
    ),
  };
}

describe('the page a later start is served', () => {
  it('shows the screen the member left, inert, in their language, in place of the skeleton', () => {
    const frame = frameOf(pageWithStartScreen(indexHtml, copy()) ?? '');

    expect(frame.main?.querySelector('.case-card-title')?.textContent).toBe('Libertad para Ana');
    expect(frame.main?.hasAttribute('inert')).toBe(true);
    expect(frame.skeletonCards).toBe(0);
    expect(frame.lang).toBe('es');
    expect(frame.title).toBe('Casos · Carta');
  });

  it('links the styles the screen had, the lazily loaded ones too, each once', () => {
    const built = indexHtml.replace(
      '</head>',
      '<link rel="stylesheet" crossorigin href="/assets/index-Ef56.css"></head>',
    );
    const frame = frameOf(pageWithStartScreen(built, copy()) ?? '');

    expect(frame.styles).toEqual(['/assets/index-Ef56.css', '/assets/WelcomeCard-Gh78.css']);
  });

  it('is the plain frame after an update, whose markup and styles may differ', () => {
    expect(pageWithStartScreen(indexHtml, copy({ build: '/assets/index-Cd34.js' }))).toBeNull();
  });

  it('keeps a case’s text as written, "$&" and markup-like characters included', () => {
    const html = '<div class="page"><h1>Save $&amp; &lt;now&gt;</h1></div>';
    const frame = frameOf(pageWithStartScreen(indexHtml, copy({ html, title: 'A & <b>' })) ?? '');

    expect(frame.text).toBe('Save $& <now>');
    expect(frame.title).toBe('A & <b>');
  });
});

/** Cache Storage as the service worker sees it: caches by name, responses by address. */
function fakeCaches() {
  const stores = new Map<string, Map<string, string>>();
  const cacheNamed = (name: string) => {
    const entries = stores.get(name) ?? new Map<string, string>();
    stores.set(name, entries);
    return {
      match: (address: string) =>
        Promise.resolve(entries.has(address) ? new Response(entries.get(address)) : undefined),
      delete: (address: string) => Promise.resolve(entries.delete(address)),
      put: async (address: string, response: Response) => {
        entries.set(address, await response.text());
      },
    };
  };
  return {
    stores,
    caches: {
      // Looking in a cache by name never creates it.
      match: (address: string, { cacheName = '' } = {}) =>
        stores.has(cacheName) ? cacheNamed(cacheName).match(address) : Promise.resolve(undefined),
      open: (name: string) => Promise.resolve(cacheNamed(name) as unknown as Cache),
      keys: () => Promise.resolve([...stores.keys()]),
      delete: (name: string) => Promise.resolve(stores.delete(name)),
    },
  };
}

describe('the service worker serving it', () => {
  const EVENING = new Date(2026, 11, 6, 18, 0);
  const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'";
  const shell = () =>
    new Response(indexHtml, {
      headers: {
        'Content-Type': 'text/html',
        'Content-Length': String(indexHtml.length),
        'Content-Security-Policy': POLICY,
      },
    });
  /** The list left on the screen this evening, as the page keeps it. */
  async function listLeftThisEvening() {
    const storage = fakeCaches();
    const cache = await storage.caches.open(startScreenCacheName(EVENING));
    await cache.put('/', new Response(JSON.stringify(copy())));
    return storage;
  }
  const serve = (
    storage: ReturnType<typeof fakeCaches>,
    address: string,
    { now = EVENING, kioskOpen = false } = {},
  ) =>
    servedWithStartScreen(shell(), new URL(address, 'http://carta.test'), {
      caches: storage.caches,
      now,
      kioskOpen: () => Promise.resolve(kioskOpen),
    });

  it('serves the copy for this very address once, under the page’s own policy', async () => {
    const storage = await listLeftThisEvening();
    const atSearch = await serve(storage, '/?q=ana');
    const first = await serve(storage, '/');
    const second = await serve(storage, '/');

    expect(frameOf(await atSearch.text()).skeletonCards).toBe(3);
    expect(frameOf(await first.text()).text).toContain('Libertad para Ana');
    expect(first.headers.get('Content-Security-Policy')).toBe(POLICY);
    expect(first.headers.get('Content-Length')).toBeNull();
    // Once served it is gone: the screen, if it is still there, writes it again.
    expect(frameOf(await second.text()).skeletonCards).toBe(3);
  });

  it('serves the plain frame the next day, and drops the old copies', async () => {
    const storage = await listLeftThisEvening();
    const nextMorning = await serve(storage, '/', { now: new Date(2026, 11, 7, 8, 0) });

    expect(frameOf(await nextMorning.text()).skeletonCards).toBe(3);
    expect(storage.stores.size).toBe(0);
  });

  it('serves nothing of the member’s screens while a kiosk is open, and drops the copy', async () => {
    const storage = await listLeftThisEvening();
    const inKiosk = await serve(storage, '/', { kioskOpen: true });
    const afterKiosk = await serve(storage, '/');

    expect(frameOf(await inKiosk.text()).skeletonCards).toBe(3);
    expect(frameOf(await afterKiosk.text()).skeletonCards).toBe(3);
  });

  it('serves the plain frame rather than fail on a copy it cannot read', async () => {
    const storage = fakeCaches();
    const cache = await storage.caches.open(startScreenCacheName(EVENING));
    await cache.put('/', new Response(JSON.stringify({ html: 42 })));

    expect(frameOf(await (await serve(storage, '/')).text()).skeletonCards).toBe(3);
  });

  it('forgets every copy after a sync in the background, which may have changed the cases', async () => {
    const storage = await listLeftThisEvening();
    await forgetStartScreens(storage.caches);

    expect(frameOf(await (await serve(storage, '/')).text()).skeletonCards).toBe(3);
  });
});

function RememberedScreen({ text, ready = true }: { text: string; ready?: boolean }) {
  const screen = useRef<HTMLDivElement>(null);
  useStartScreenSnapshot(screen, ready);
  return (
    <div className="page" ref={screen}>
      <h3 className="case-card-title">{text}</h3>
    </div>
  );
}

describe('the copy a screen keeps of itself', () => {
  let kept: Map<string, StartScreenCopy>;
  const memory: StartScreenStore = {
    put: (address, value) => Promise.resolve(void kept.set(address, value)),
    forget: (address) => Promise.resolve(void kept.delete(address)),
  };

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    kept = new Map();
    document.head.innerHTML = `<script type="module" src="${ENTRY}"></script>`;
    document.documentElement.lang = 'en';
    window.history.replaceState(null, '', '/');
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllEnvs();
    vi.unstubAllGlobals();
  });

  /** The browser idle after each change, and the writes done. */
  const settle = () => act(() => vi.advanceTimersByTimeAsync(1_000));

  it('follows what the screen shows and its address, and goes when the member leaves it', async () => {
    const element = document.createElement('div');
    element.innerHTML = '<h3 class="case-card-title">Free Ana</h3>';
    // Set by something outside the app; the page's policy would refuse it in a copy.
    element.querySelector('h3')!.style.outline = '2px solid red';
    const stop = keepAsStartScreen(element, memory);
    await settle();
    expect(kept.get('/')?.html).toBe('<div><h3 class="case-card-title">Free Ana</h3></div>');
    expect(kept.get('/')?.build).toBe(ENTRY);

    element.querySelector('h3')!.textContent = 'Free Ana and Luis';
    window.history.replaceState(null, '', '/?q=luis');
    await settle();
    expect([...kept.keys()]).toEqual(['/?q=luis']);
    expect(kept.get('/?q=luis')?.html).toContain('Free Ana and Luis');

    // Another screen, a kiosk opened: nothing of this one is shown at the next start.
    stop();
    await settle();
    expect(kept.size).toBe(0);
  });

  it('copies the first two screens, which is all anyone sees before the app replaces it', async () => {
    // Laid out as on a 390×844 phone: each block's top and height, in px, in its data attributes.
    vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(844);
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (
      this: Element,
    ) {
      const top = Number(this.getAttribute('data-top') ?? 0);
      return DOMRect.fromRect({ y: top, height: Number(this.getAttribute('data-height') ?? 0) });
    });
    const element = document.createElement('article');
    element.innerHTML =
      '<h1 data-top="60" data-height="80">Peru: 18 people killed</h1>' +
      '<ul data-top="1500" data-height="900">' +
      '<li data-top="1500" data-height="150">Target one</li>' +
      '<li data-top="1700" data-height="150">Target two</li></ul>' +
      '<section data-top="2400" data-height="600">Sources</section>';

    const stop = keepAsStartScreen(element, memory);
    await settle();
    const copied = kept.get('/')?.html ?? '';
    stop();
    vi.restoreAllMocks();

    expect(copied).toContain('Peru: 18 people killed');
    expect(copied).toContain('Target one');
    expect(copied).not.toContain('Target two');
    expect(copied).not.toContain('Sources');
    // The page itself is untouched.
    expect(element.textContent).toContain('Sources');
  });

  it('keeps a case’s text as text, even where the browser would write it out unescaped', async () => {
    const element = document.createElement('div');
    const unescaped = document.createElement('noembed');
    unescaped.textContent = '</noembed><a href="https://evil.example">Donate here</a>';
    element.append(
      unescaped,
      Object.assign(document.createElement('p'), { textContent: '<b>hi</b>' }),
    );
    const stop = keepAsStartScreen(element, memory);
    await settle();
    const copied = new DOMParser().parseFromString(kept.get('/')?.html ?? '', 'text/html');
    stop();

    expect(copied.querySelector('a')).toBeNull();
    expect(copied.querySelector('p')?.textContent).toBe('<b>hi</b>');
  });

  it('starts copying only after the first paint, and never for a screen gone or not ready', async () => {
    // Off in development, where the entry script keeps its address while the code changes.
    vi.stubEnv('DEV', false);
    const puts = vi.fn(() => Promise.resolve());
    vi.stubGlobal('caches', {
      keys: () => Promise.resolve([]),
      open: () => Promise.resolve({ put: puts, delete: () => Promise.resolve(true) }),
    });

    const gone = render(<RememberedScreen text="Free Ana" />);
    gone.unmount();
    // Still on the glass, but no longer ready (its data went away) before the copying code came.
    const unready = render(<RememberedScreen text="Free Luis" />);
    unready.rerender(<RememberedScreen text="Free Luis" ready={false} />);
    for (let step = 0; step < 5; step += 1) await settle();
    expect(puts).not.toHaveBeenCalled();
    unready.unmount();

    const later = render(<RememberedScreen text="Free Ana" />);
    for (let step = 0; step < 5; step += 1) await settle();
    expect(puts).toHaveBeenCalledWith('/', expect.any(Response));
    later.unmount();
    await settle();
  });

  it('never lets a slow write land after the member has left the screen', async () => {
    let finishWrite = () => {};
    const slow: StartScreenStore = {
      put: (address, value) =>
        new Promise((resolve) => {
          finishWrite = () => resolve(void kept.set(address, value));
        }),
      forget: memory.forget,
    };
    const element = document.createElement('div');
    element.textContent = 'Free Ana';

    const stop = keepAsStartScreen(element, slow);
    stop();
    await settle();
    // The write, begun before the member left, lands only now.
    finishWrite();
    await settle();

    expect(kept.size).toBe(0);
  });
});
