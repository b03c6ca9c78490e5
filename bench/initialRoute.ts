import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { GZIP_LEVEL, sizeOf, sumSizes } from './fileSizes';
import type { Measurement } from './measurement';

/** Scripts, modulepreloads and stylesheets that dist/index.html itself asks for. */
function assetsReferencedByHtml(html: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const tag of html.match(/<(?:script|link)\b[^>]*>/g) ?? []) {
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if (!url || /^(?:[a-z]+:)?\/\//i.test(url)) continue;
    if (tag.startsWith('<script') && /type="module"/.test(tag)) scripts.push(url);
    else if (/rel="modulepreload"/.test(tag)) scripts.push(url);
    else if (/rel="stylesheet"/.test(tag)) styles.push(url);
  }
  return { scripts, styles };
}

// Bundlers hoist static imports to the top of a chunk, so reading the leading import statements
// finds them all without mistaking an "import" inside a string for one; dynamic import() chunks
// (lazy locales, later screens) are not part of the first paint and are deliberately left out.
const leadingImport = /^\s*import\s*(?:[^"';]*?\bfrom\s*)?["']([^"']+)["']\s*;?/;

function staticImportsOf(code: string): string[] {
  const found: string[] = [];
  let rest = code.replace(/^#!.*\n/, '');
  for (let match = leadingImport.exec(rest); match; match = leadingImport.exec(rest)) {
    found.push(match[1] as string);
    rest = rest.slice(match[0].length);
  }
  return found;
}

function toDistPath(url: string, importer?: string): string {
  const resolved = importer && url.startsWith('.') ? posix.join(posix.dirname(importer), url) : url;
  return resolved.replace(/^\//, '');
}

/** Every JS file the first route loads before it can run: the entry and its static imports. */
export function initialRouteFiles(distDir: string): { scripts: string[]; styles: string[] } {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const referenced = assetsReferencedByHtml(html);
  const scripts = new Set<string>();
  const pending = referenced.scripts.map((url) => toDistPath(url));
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (scripts.has(file)) continue;
    scripts.add(file);
    const code = readFileSync(join(distDir, file), 'utf8');
    for (const url of staticImportsOf(code)) pending.push(toDistPath(url, file));
  }
  return {
    scripts: [...scripts].sort(),
    styles: referenced.styles.map((url) => toDistPath(url)).sort(),
  };
}

/** DESIGN.md "Performance budgets": what a first visit downloads, JS and CSS together, gzipped. */
export const INITIAL_ROUTE_BUDGET_GZIP = 138_000;

/** The first visit's JS and CSS together, the number the budget is about. */
export function initialRouteTotal(distDir: string): { gzip: number; raw: number; files: string[] } {
  const { scripts, styles } = initialRouteFiles(distDir);
  const files = [...scripts, ...styles];
  return { ...sumSizes(files.map((file) => sizeOf(join(distDir, file)))), files };
}

export function measureInitialRoute(distDir: string): Measurement[] {
  const { scripts, styles } = initialRouteFiles(distDir);
  const js = sumSizes(scripts.map((file) => sizeOf(join(distDir, file))));
  const css = sumSizes(styles.map((file) => sizeOf(join(distDir, file))));
  const jsFiles = scripts.join(', ');
  const cssFiles = styles.join(', ');
  return [
    {
      name: 'initial route JS + CSS (gzip)',
      value: js.gzip + css.gzip,
      unit: 'bytes',
      budget: { max: INITIAL_ROUTE_BUDGET_GZIP },
      detail: `${scripts.length + styles.length} files, each gzipped at level ${GZIP_LEVEL}`,
    },
    { name: 'initial route JS', value: js.raw, unit: 'bytes', detail: jsFiles },
    { name: 'initial route JS (gzip)', value: js.gzip, unit: 'bytes', detail: jsFiles },
    { name: 'initial route CSS', value: css.raw, unit: 'bytes', detail: cssFiles },
    { name: 'initial route CSS (gzip)', value: css.gzip, unit: 'bytes', detail: cssFiles },
  ];
}
