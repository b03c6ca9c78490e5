import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import { acceptedEncodings, varyByAcceptEncoding, type Encoding } from './acceptEncoding';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Below this the compressed answer is hardly smaller, and compressing it costs more than it saves. */
export const COMPRESS_MIN_BYTES = 1024;

// Made per request, so a quick level: brotli 4 is about as fast as gzip 6 and still smaller.
const BROTLI_QUALITY = 4;
const GZIP_LEVEL = 6;

async function compress(body: Uint8Array, encoding: Encoding): Promise<Uint8Array<ArrayBuffer>> {
  const compressed = await (encoding === 'br'
    ? brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } })
    : gzipAsync(body, { level: GZIP_LEVEL }));
  return new Uint8Array(compressed);
}

/**
 * Compresses JSON answers of at least COMPRESS_MIN_BYTES (a sync answer with a few hundred results,
 * the case list) for clients that accept brotli or gzip. Every JSON answer says it varies by
 * Accept-Encoding, the small ones too, so no cache keeps one form for all clients.
 */
export function compressJsonAnswers(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const response = c.res;
    if (!/^application\/json\b/i.test(response.headers.get('Content-Type') ?? '')) return;
    varyByAcceptEncoding(response.headers);
    const [encoding] = acceptedEncodings(c.req.header('Accept-Encoding'));
    if (
      encoding === undefined ||
      c.req.method === 'HEAD' ||
      response.body === null ||
      response.headers.has('Content-Encoding')
    ) {
      return;
    }
    const body = new Uint8Array(await response.arrayBuffer());
    const compressed = body.length < COMPRESS_MIN_BYTES ? null : await compress(body, encoding);
    c.res = new Response(compressed ?? body, response);
    if (compressed) {
      c.res.headers.set('Content-Encoding', encoding);
      c.res.headers.set('Content-Length', String(compressed.length));
    }
  };
}
