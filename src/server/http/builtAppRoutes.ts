import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveStatic, type ServeStaticOptions } from '@hono/node-server/serve-static';
import { Hono, type MiddlewareHandler } from 'hono';
import { varyByAcceptEncoding } from './acceptEncoding';
import { COMPRESSIBLE_TYPE, precompressedFiles } from './precompressedFiles';

const IMMUTABLE = 'public, max-age=31536000, immutable';
// Everything outside /assets/ keeps its name across releases (index.html, sw.js, the manifest,
// icons), so the browser must revalidate it or a phone could keep an old service worker.
const REVALIDATE = 'no-cache';

/** A last path segment with an extension names a file, never a screen of the app. */
const FILE_LIKE = /\/[^/]*\.[A-Za-z0-9]+$/;

const NOT_BUILT =
  'The app has not been built yet. Run `npm run build` (or `npm start`, which builds it when needed), then reload this page.';

/** Set after the fact because serveStatic builds its response before its onFound hook runs. */
function cacheSuccessfulResponses(value: string): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (c.res.status === 200 || c.res.status === 206) c.res.headers.set('Cache-Control', value);
  };
}

/**
 * A text file's answer depends on Accept-Encoding whether or not this request got a compressed
 * copy: a cache between here and the phone must not hand the plain copy's answer to a browser
 * that asked for brotli, nor the reverse.
 */
function varyTextByEncoding(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (c.res.status !== 200 && c.res.status !== 206) return;
    if (COMPRESSIBLE_TYPE.test(c.res.headers.get('Content-Type') ?? '')) {
      varyByAcceptEncoding(c.res.headers);
    }
  };
}

/**
 * serveStatic complains on the console when its folder is missing, which is the normal state
 * before the first build; made on first use, it only exists once the build does.
 */
function serveStaticOnceBuilt(options: ServeStaticOptions): MiddlewareHandler {
  let serve: MiddlewareHandler | undefined;
  return (c, next) => {
    serve ??= serveStatic(options);
    return serve(c, next);
  };
}

/**
 * Serves the built app from distDir: hashed assets cached for a year, everything else revalidated,
 * and index.html for any other path so deep links like /cases/ua-105-22 open the app.
 */
export function builtAppRoutes(distDir: string): Hono {
  const root = resolve(distDir);
  const routes = new Hono();

  // The build may appear after the server started (`npm run build` in another terminal), so
  // this is checked per request rather than once.
  routes.get('*', async (c, next) => {
    if (!existsSync(join(root, 'index.html'))) {
      c.header('Cache-Control', 'no-store');
      return c.text(NOT_BUILT, 503);
    }
    await next();
  });

  routes.use(varyTextByEncoding());

  routes.get(
    '/assets/*',
    cacheSuccessfulResponses(IMMUTABLE),
    precompressedFiles({ root }),
    serveStaticOnceBuilt({ root }),
    (c) => c.text('Not found', 404),
  );

  routes.get(
    '*',
    cacheSuccessfulResponses(REVALIDATE),
    precompressedFiles({ root }),
    serveStaticOnceBuilt({ root }),
    async (c, next) => {
      if (FILE_LIKE.test(c.req.path)) return c.text('Not found', 404);
      await next();
    },
    precompressedFiles({ root, path: 'index.html' }),
    serveStaticOnceBuilt({ root, path: 'index.html' }),
  );

  return routes;
}
