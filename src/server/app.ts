import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { apiErrorBody } from './http/apiError';
import { builtAppRoutes } from './http/builtAppRoutes';
import { compressJsonAnswers } from './http/compressAnswers';
import { requestLog, type LogLine } from './http/requestLog';
import { respondToError } from './http/respondToError';
import { securityHeaders } from './http/securityHeaders';
import { createTokenBuckets, type TokenBucketOptions } from './http/tokenBuckets';
import { DEFAULT_SIGNUP_RETENTION_DAYS } from './config';
import { caseRoutes } from './routes/caseRoutes';
import { codeRoutes } from './routes/codeRoutes';
import { deviceRoutes } from './routes/deviceRoutes';
import { healthRoutes } from './routes/healthRoutes';
import { coordinatorRoutes } from './routes/coordinatorRoutes';
import { joinRoutes } from './routes/joinRoutes';
import { publicCaseRoutes } from './routes/publicCaseRoutes';
import { signUpRoutes } from './routes/signUpRoutes';
import { syncRoutes } from './routes/syncRoutes';
import { totalsRoutes } from './routes/totalsRoutes';
import type { Store } from './store/openStore';
import { MAX_SYNC_BODY_BYTES } from '../domain/syncProtocol';

/** DESIGN.md: at most 1 MiB a request. */
export const MAX_BODY_BYTES = MAX_SYNC_BODY_BYTES;

export interface RateLimits {
  /** Per device. A phone sends one request per batch of 200, so a long backlog is a burst of tens. */
  sync: TokenBucketOptions;
  /** Per address, counting wrong codes only. */
  joinAttempts: TokenBucketOptions;
  /** Per coordinator device: each publish keeps a whole copy of the case, so a runaway editor is slowed. */
  casePublishes: TokenBucketOptions;
  /** Per address, every request: public case pages are read by passers-by without a token. */
  publicReads: TokenBucketOptions;
  /** Per coordinator device, on the endpoints for running the group (totals, devices, codes, sign-ups). */
  groupAdmin: TokenBucketOptions;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  sync: { capacity: 120, refillPerSecond: 2 },
  joinAttempts: { capacity: 10, refillPerSecond: 1 / 30 },
  casePublishes: { capacity: 30, refillPerSecond: 1 / 2 },
  // A stall's visitors may share one address (the venue's Wi-Fi), so a burst of scans must pass.
  publicReads: { capacity: 60, refillPerSecond: 1 },
  // A coordinator's screen loads a few of these at a time; a loop asking for years of totals is slowed.
  groupAdmin: { capacity: 60, refillPerSecond: 1 },
};

export interface AppOptions {
  store: Store;
  distDir: string;
  log?: LogLine;
  rateLimits?: Partial<RateLimits>;
  /** SIGNUP_RETENTION_DAYS, for the coordinator's screen; the sweep itself runs in main.ts. */
  signUpRetentionDays?: number;
  /** GROUP_CONTACT, sent to phones for the kiosk's consent text. */
  groupContact?: string | undefined;
}

interface ApiSettings {
  rateLimits: RateLimits;
  signUpRetentionDays: number;
  groupContact: string | null;
  log: LogLine;
}

function apiRoutes(store: AppOptions['store'], { rateLimits, ...settings }: ApiSettings): Hono {
  const api = new Hono();
  api.use(compressJsonAnswers());
  api.use(async (c, next) => {
    await next();
    // Answers depend on who asks and when; neither the browser nor the service worker may reuse
    // them, unless a route said otherwise (the public cases, which anyone may keep a copy of).
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store');
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
  api.route('/', joinRoutes(store, createTokenBuckets(rateLimits.joinAttempts)));
  api.route(
    '/',
    syncRoutes(store, createTokenBuckets(rateLimits.sync), {
      contact: settings.groupContact,
      signupRetentionDays: settings.signUpRetentionDays,
    }),
  );
  api.route('/', coordinatorRoutes(store));
  api.route('/', caseRoutes(store, createTokenBuckets(rateLimits.casePublishes)));
  api.route('/', publicCaseRoutes(store, createTokenBuckets(rateLimits.publicReads)));
  const groupAdmin = createTokenBuckets(rateLimits.groupAdmin);
  api.route('/', totalsRoutes(store, groupAdmin));
  api.route('/', deviceRoutes(store, groupAdmin));
  api.route('/', codeRoutes(store, groupAdmin));
  api.route(
    '/',
    signUpRoutes(store, {
      requests: groupAdmin,
      retentionDays: settings.signUpRetentionDays,
      log: settings.log,
    }),
  );
  api.all('*', (c) =>
    c.json(apiErrorBody('not_found', `There is no API endpoint at ${c.req.path}.`), 404),
  );
  return api;
}

export function createApp({
  store,
  distDir,
  log = console.log,
  rateLimits,
  signUpRetentionDays = DEFAULT_SIGNUP_RETENTION_DAYS,
  groupContact,
}: AppOptions): Hono {
  const app = new Hono();
  app.use(requestLog(log));
  app.use(securityHeaders());
  app.route(
    '/api',
    apiRoutes(store, {
      rateLimits: { ...DEFAULT_RATE_LIMITS, ...rateLimits },
      signUpRetentionDays,
      groupContact: groupContact ?? null,
      log,
    }),
  );
  app.route('/', builtAppRoutes(distDir));
  app.notFound((c) => c.json(apiErrorBody('not_found', 'Not found.'), 404));
  app.onError(respondToError);
  return app;
}
