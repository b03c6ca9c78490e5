import { createReadStream, statSync, type Stats } from 'node:fs';
import { resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import type { MiddlewareHandler } from 'hono';
import { getMimeType } from 'hono/utils/mime';
import { acceptedEncodings, varyByAcceptEncoding } from './acceptEncoding';

/** The text types the build writes brotli and gzip copies of (scripts/precompress.ts). */
export const COMPRESSIBLE_TYPE =
  /^(?:text\/|application\/(?:javascript|json|manifest\+json)|image\/svg\+xml)/;

const SUFFIX = { br: '.br', gzip: '.gz' } as const;

function fileStats(path: string): Stats | undefined {
  try {
    const stats = statSync(path);
    return stats.isFile() ? stats : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Answers with the build's `file.br` or `file.gz` when the browser accepts that encoding, in the
 * order it prefers them. A copy older than its file is left alone: someone changed the file after
 * the build (a hand edit, a test publishing "the next version"), and the copy would undo it.
 * Everything else (no copy, a Range request, a path it does not plainly name) goes on to the next
 * handler, which serves the plain file. @hono/node-server's own `precompressed` option would serve
 * a stale copy and ignores q-values, hence this.
 */
export function precompressedFiles(options: { root: string; path?: string }): MiddlewareHandler {
  const root = resolve(options.root);
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    if (c.req.header('Range')) return next();
    const path = options.path ?? c.req.path;
    // A folder stands for its index.html, as with the plain handler.
    const requested = path.endsWith('/') ? `${path}index.html` : path;
    // Built files have plain names; anything encoded or odd is the plain handler's to judge.
    if (/[%\\]/.test(requested)) return next();
    const file = resolve(root, `.${requested.startsWith('/') ? '' : '/'}${requested}`);
    if (!file.startsWith(root + sep)) return next();
    const type = getMimeType(file);
    if (!type || !COMPRESSIBLE_TYPE.test(type)) return next();
    const original = fileStats(file);
    if (!original) return next();

    for (const encoding of acceptedEncodings(c.req.header('Accept-Encoding'))) {
      const copyPath = file + SUFFIX[encoding];
      const copy = fileStats(copyPath);
      if (!copy || copy.mtimeMs < original.mtimeMs) continue;
      const headers = new Headers({
        'Content-Type': type,
        'Content-Encoding': encoding,
        'Content-Length': String(copy.size),
        'Last-Modified': original.mtime.toUTCString(),
      });
      varyByAcceptEncoding(headers);
      if (c.req.method === 'HEAD') return c.body(null, 200, Object.fromEntries(headers));
      const body = Readable.toWeb(createReadStream(copyPath)) as ReadableStream<Uint8Array>;
      return c.body(body, 200, Object.fromEntries(headers));
    }
    return next();
  };
}
