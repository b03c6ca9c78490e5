import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

// Level 9 is what a static host that pre-compresses would ship; on-the-fly servers use level 6,
// which is a few per cent larger.
export const GZIP_LEVEL = 9;

export interface FileSize {
  raw: number;
  gzip: number;
}

export function sizeOf(path: string): FileSize {
  const content = readFileSync(path);
  return { raw: content.length, gzip: gzipSync(content, { level: GZIP_LEVEL }).length };
}

export function sumSizes(sizes: readonly FileSize[]): FileSize {
  return sizes.reduce(
    (total, size) => ({ raw: total.raw + size.raw, gzip: total.gzip + size.gzip }),
    {
      raw: 0,
      gzip: 0,
    },
  );
}
