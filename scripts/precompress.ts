// Brotli and gzip copies of every text file in the build, written once at build time at the
// highest levels, so the server only picks a file per request and never compresses an asset itself.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Logger, Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** What the app ships as text: scripts (sw.js too), styles, pages, locales, the manifest, icons' SVG. */
export const PRECOMPRESSED_FILE = /\.(?:js|mjs|css|html|json|webmanifest|svg|txt)$/;

/**
 * Below this a compressed copy saves less than the extra header costs, and a request or two in a
 * packet either way. The same rule for every file, so whether a file has copies is predictable.
 */
export const PRECOMPRESS_MIN_BYTES = 1024;

export const GZIP_LEVEL = 9;

async function textFilesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && PRECOMPRESSED_FILE.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

export async function compressFile(content: Buffer): Promise<{ br: Buffer; gz: Buffer }> {
  const [br, gz] = await Promise.all([
    brotli(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      },
    }),
    gzipAsync(content, { level: GZIP_LEVEL }),
  ]);
  return { br, gz };
}

/** Writes `file.br` and `file.gz` beside every text file of at least PRECOMPRESS_MIN_BYTES. */
export async function precompressDirectory(dir: string): Promise<number> {
  let written = 0;
  for (const file of await textFilesUnder(dir)) {
    const content = await readFile(file);
    if (content.length < PRECOMPRESS_MIN_BYTES) continue;
    const { br, gz } = await compressFile(content);
    await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
    written += 1;
  }
  return written;
}

/**
 * Runs after every other plugin has closed the bundle: vite-plugin-pwa writes sw.js (with its
 * precache list) in its own closeBundle, and that file must be compressed as it is finally served.
 */
export function precompress(): Plugin {
  let outDir = '';
  let skip = false;
  let logger: Logger | undefined;
  return {
    name: 'carta:precompress',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      skip = Boolean(config.build.ssr);
      logger = config.logger;
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        if (skip) return;
        const count = await precompressDirectory(outDir);
        logger?.info(`precompressed ${count} files (brotli and gzip)`);
      },
    },
  };
}
