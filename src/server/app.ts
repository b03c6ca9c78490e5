import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { requestId } from 'hono/request-id';
import { apiErrorBody } from './http/apiError';
import { builtAppRoutes } from './http/builtAppRoutes';
import { compressJsonAnswers } from './http/compressAnswers';
import { requestLog, type LogLine } from './http/requestLog';
import { respondToError } from './http/respondToError';
import { securityHeaders } from './http/securityHeaders';
import { createTokenBuckets, type TokenBucketOptions } from './http/tokenBuckets';
import { DEFAULT_JOINS_PER_CODE_PER_HOUR, DEFAULT_SIGNUP_RETENTION_DAYS } from './config';
import { caseRoutes } from './routes/caseRoutes';
import { codeRoutes } from './routes/codeRoutes';
import { deliveryRoutes } from './routes/deliveryRoutes';
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
  /**
   * Per device, shared by sync and deliveries. A phone sends one request per batch of 200, so a long
   * backlog is a burst of tens.
   */
  sync: TokenBucketOptions;
  /** Per address, counting wrong codes only. */
  joinAttempts: TokenBucketOptions;
  /** Per join code, every phone that joins with it (JOINS_PER_CODE_PER_HOUR). */
  joinsPerCode: TokenBucketOptions;
  /** Per coordinator device: each publish keeps a whole copy of the case, so a runaway editor is slowed. */
  casePublishes: TokenBucketOptions;
  /** Per address, every request: public case pages are read by passers-by without a token. */
  publicReads: TokenBucketOptions;
  /** Per coordinator device, on the endpoints for running the group (totals, devices, codes, sign-ups). */
  groupAdmin: TokenBucketOptions;
}

/** The whole hour's allowance may be used at once (a stall's volunteers joining together). */
export function joinsPerHour(joins: number): TokenBucketOptions {
  return { capacity: joins, refillPerSecond: joins / 3600 };
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  sync: { capacity: 120, refillPerSecond: 2 },
  joinAttempts: { capacity: 10, refillPerSecond: 1 / 30 },
  joinsPerCode: joinsPerHour(DEFAULT_JOINS_PER_CODE_PER_HOUR),
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
  /** Where a request that failed on the server is noted: a code and the request id, no data. */
  logError?: LogLine;
  rateLimits?: Partial<RateLimits>;
  /** SIGNUP_RETENTION_DAYS, for the coordinator's screen; the sweep itself runs in main.ts. */
  signUpRetentionDays?: number;
  /** GROUP_CONTACT, sent to phones for the kiosk's consent text. */
  groupContact?: string | undefined;
  /** TRUST_PROXY: how many proxies' X-Forwarded-For entries to believe (0: none). */
  trustedProxyHops?: number;
}

interface ApiSettings {
  rateLimits: RateLimits;
  signUpRetentionDays: number;
  groupContact: string | null;
  trustedProxyHops: number;
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
  api.route(
    '/',
    joinRoutes(store, {
      wrongCodes: createTokenBuckets(rateLimits.joinAttempts),
      joinsPerCode: createTokenBuckets(rateLimits.joinsPerCode),
      joinsPerCodePerHour: Math.round(rateLimits.joinsPerCode.refillPerSecond * 3600),
      trustedProxyHops: settings.trustedProxyHops,
    }),
  );
  // One allowance per device for sync and deliveries: both store records through the same path.
  const syncRequests = createTokenBuckets(rateLimits.sync);
  api.route(
    '/',
    syncRoutes(store, syncRequests, {
      contact: settings.groupContact,
      signupRetentionDays: settings.signUpRetentionDays,
    }),
  );
  const groupAdmin = createTokenBuckets(rateLimits.groupAdmin);
  api.route('/', deliveryRoutes(store, syncRequests));
  api.route('/', coordinatorRoutes(store, groupAdmin));
  api.route('/', caseRoutes(store, createTokenBuckets(rateLimits.casePublishes)));
  api.route(
    '/',
    publicCaseRoutes(store, createTokenBuckets(rateLimits.publicReads), settings.trustedProxyHops),
  );
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
  logError = console.error,
  rateLimits,
  signUpRetentionDays = DEFAULT_SIGNUP_RETENTION_DAYS,
  groupContact,
  trustedProxyHops = 0,
}: AppOptions): Hono {
  const app = new Hono();
  // A phone may bring its own id (letters, digits, - and = only, at most 64) to match its logs.
  app.use(requestId({ limitLength: 64 }));
  app.use(requestLog(log));
  app.use(securityHeaders());
  app.route(
    '/api',
    apiRoutes(store, {
      rateLimits: { ...DEFAULT_RATE_LIMITS, ...rateLimits },
      signUpRetentionDays,
      groupContact: groupContact ?? null,
      trustedProxyHops,
      log,
    }),
  );
  app.route('/', builtAppRoutes(distDir));
  app.notFound((c) => c.json(apiErrorBody('not_found', 'Not found.'), 404));
  app.onError((error, c) => respondToError(error, c, logError));
  return app;
}
