// A later start shows the screen the member left at that address, as it was on the glass, before
// any of the app's code has run: the service worker writes a copy of it into the page it serves,
// in place of the frame's skeleton, and the app's first render replaces it. The page keeps the
// copies (src/ui/startScreenSnapshot.ts) and the worker serves them
// (src/serviceWorker/startScreen.ts); this module is what the two agree on. No script in the
// page is involved, so the Content-Security-Policy stays free of inline script.

/**
 * Each day's copies are a cache of their own: deadlines on screen count days, so a copy from
 * another day would say the wrong thing, and it is never looked up.
 */
export const START_SCREEN_CACHE_PREFIX = 'carta-start-screen ';

export function startScreenCacheName(now: Date): string {
  return `${START_SCREEN_CACHE_PREFIX}${now.toDateString()}`;
}

export interface StartScreenCopy {
  /** The page's entry script (its src attribute), which changes with every build. */
  build: string;
  language: string;
  dir: string;
  title: string;
  /** The screen's element, serialised by the browser. */
  html: string;
  /** The stylesheets the page had, lazily loaded ones among them: the copy looks as it did. */
  styles: string[];
}

export function isStartScreenCopy(value: unknown): value is StartScreenCopy {
  if (typeof value !== 'object' || value === null) return false;
  const fields = value as Record<string, unknown>;
  return (
    ['build', 'language', 'dir', 'title', 'html'].every(
      (field) => typeof fields[field] === 'string',
    ) &&
    Array.isArray(fields.styles) &&
    fields.styles.every((style) => typeof style === 'string')
  );
}

const ENTRY_SCRIPT = /<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/;
// index.html's skeleton, from the frame's main area to the marker that ends what a copy replaces.
const SKELETON = /<div class="app-main">[\s\S]*?<!--\/start-screen-->/;

export function entryScriptOf(html: string): string | null {
  return ENTRY_SCRIPT.exec(html)?.[1] ?? null;
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/**
 * index.html with `copy` in its frame, inert until the app replaces it, and the page in the
 * copy's language; null when the copy was made by another build, whose markup and styles differ.
 */
export function pageWithStartScreen(html: string, copy: StartScreenCopy): string | null {
  if (entryScriptOf(html) !== copy.build || !SKELETON.test(html)) return null;
  // A screen's lazily loaded styles (the welcome's, say) are linked in the head, so the copy is
  // painted styled or not at all; the service worker has them in its precache.
  const links = copy.styles
    .filter((href) => !html.includes(`href="${href}"`))
    .map((href) => `<link rel="stylesheet" href="${escapeAttribute(href)}">`)
    .join('');
  // Functions, not strings, as replacements: "$&" in a case's text must stay as written.
  return html
    .replace('</head>', () => `${links}</head>`)
    .replace(
      /<html\b[^>]*>/,
      () => `<html lang="${escapeAttribute(copy.language)}" dir="${escapeAttribute(copy.dir)}">`,
    )
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeText(copy.title)}</title>`)
    .replace(SKELETON, () => `<div class="app-main" inert>${copy.html}`);
}
