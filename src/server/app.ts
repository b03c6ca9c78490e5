import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { apiErrorBody } from './http/apiError';
import { builtAppRoutes } from './http/builtAppRoutes';
import { requestLog, type LogLine } from './http/requestLog';
import { respondToError } from './http/respondToError';
import { securityHeaders } from './http/securityHeaders';
import { healthRoutes } from './routes/healthRoutes';
import type { Store } from './store/openStore';

/** DESIGN.md: at most 1 MiB a request. */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface AppOptions {
  store: Pick<Store, 'kind' | 'ping'>;
  distDir: string;
  log?: LogLine;
}

function apiRoutes(store: AppOptions['store']): Hono {
  const api = new Hono();
  api.use(async (c, next) => {
    await next();
    // Answers depend on who asks and when; neither the browser nor the service worker may reuse them.
    c.res.headers.set('Cache-Control', 'no-store');
  });
  api.use(
    methodNotAllowed({
      app: api,
      onMethodNotAllowed: (c, methods) =>
        c.json(apiErrorBody('method_not_allowed', `${c.req.method} is not allowed here.`), 405, {
          Allow: methods.join(', '),
        }),
    }),
  );
  api.use(
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) =>
        c.json(apiErrorBody('payload_too_large', 'The request body is larger than 1 MiB.'), 413),
    }),
  );
  api.route('/', healthRoutes(store));
  api.all('*', (c) =>
    c.json(apiErrorBody('not_found', `There is no API endpoint at ${c.req.path}.`), 404),
  );
  return api;
}

export function createApp({ store, distDir, log = console.log }: AppOptions): Hono {
  const app = new Hono();
  app.use(requestLog(log));
  app.use(securityHeaders());
  app.route('/api', apiRoutes(store));
  app.route('/', builtAppRoutes(distDir));
  app.notFound((c) => c.json(apiErrorBody('not_found', 'Not found.'), 404));
  app.onError(respondToError);
  return app;
}
