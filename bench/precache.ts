import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Measurement } from './measurement';

interface PrecacheEntry {
  url: string;
  revision: string | null;
}

/**
 * The build writes the precache list into sw.js as a JSON array in place of self.__WB_MANIFEST,
 * so the list a phone downloads on install is read from the service worker itself.
 */
export function precacheEntries(distDir: string): PrecacheEntry[] {
  const sw = readFileSync(join(distDir, 'sw.js'), 'utf8');
  const list = /\[\{"(?:url|revision)":.*?\}\]/s.exec(sw)?.[0];
  if (!list) throw new Error(`No precache manifest found in ${join(distDir, 'sw.js')}`);
  return JSON.parse(list) as PrecacheEntry[];
}

export function measurePrecache(distDir: string): Measurement[] {
  // Workbox stores a URL once even when the list names it twice.
  const urls = [...new Set(precacheEntries(distDir).map((entry) => entry.url))];
  const bytes = urls.reduce((total, url) => total + statSync(join(distDir, url)).size, 0);
  return [
    { name: 'precache files', value: urls.length, unit: 'files' },
    {
      name: 'precache total',
      value: bytes,
      unit: 'bytes',
      detail: 'uncompressed bytes a phone stores on install',
    },
  ];
}
