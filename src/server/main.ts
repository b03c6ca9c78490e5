import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { appUrl, serverUrl } from './appAddress';
import { createApp, joinsPerHour } from './app';
import { ConfigError, loadConfig, type ServerConfig } from './config';
import { DataDirBusyError, lockDataDir } from './dataDirLock';
import { SERVER_TIMEOUTS, startHttpServer } from './http/serverTimeouts';
import { codesBanner } from './membership/codesBanner';
import { setUpGroup } from './membership/groupSetup';
import { CaseContentError, readCaseFiles, seedCases } from './seedCases';
import { startSignUpRetention } from './retention/signUpRetention';
import { recordAnnouncedUrl } from './store/groupRepository';
import { openStore, pgliteDirectory, type Store } from './store/openStore';

/** Long enough for in-flight syncs to finish; short enough that a stuck shutdown does not hang a deploy. */
const SHUTDOWN_GRACE_MS = 10_000;

function describeStore(store: Store, config: ServerConfig): string {
  // Never print DATABASE_URL itself: it usually carries a password.
  return store.kind === 'postgres'
    ? 'Store: PostgreSQL (DATABASE_URL)'
    : `Store: PGlite in ${pgliteDirectory(config.dataDir)}`;
}

async function start(): Promise<void> {
  const config = loadConfig(process.env);
  const unlock = config.databaseUrl ? () => {} : lockDataDir(config.dataDir, 'the Carta server');
  const store = await openStore(
    config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir },
  );
  // Closed first to last on shutdown: the HTTP server stops taking requests before the store goes.
  const closers: Array<() => Promise<void>> = [
    () => store.close(),
    async () => {
      unlock();
    },
  ];
  let shuttingDown = false;

  // A terminal's Ctrl-C reaches both `npm start` and this process, so the same signal can arrive
  // twice; only the first one starts the shutdown.
  const shutDown = (signal: NodeJS.Signals) => {
    if (shuttingDown) return;
    shuttingDown = true;
    console.log(`${signal} received, shutting down…`);
    setTimeout(() => {
      console.error('Shutdown took too long; exiting.');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    closers
      .reduce((previous, close) => previous.then(close), Promise.resolve())
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        console.error(error);
        process.exit(1);
      });
  };
  process.on('SIGINT', shutDown);
  process.on('SIGTERM', shutDown);

  let banner: string[];
  try {
    // Read before the group is set up: on a first start, a bad case file must stop the server
    // before codes are drawn that would then be stored and never shown.
    const bundled = await readCaseFiles(config.contentDir);
    const setup = await setUpGroup(store, config);
    const written = await seedCases(store, setup.group.id, bundled);
    console.log(
      `Cases: ${bundled.length} in ${config.contentDir}, ${written.length} new or updated in the group`,
    );
    banner = codesBanner(setup, appUrl(config), store.kind);
    await recordAnnouncedUrl(store.db, setup.group.id, appUrl(config));
  } catch (error) {
    await store.close();
    throw error;
  }
  if (shuttingDown) return;

  if (!existsSync(join(config.distDir, 'index.html'))) {
    console.warn(
      `No built app in ${config.distDir}: the API works, but pages answer 503 until you run \`npm run build\`.`,
    );
  }

  const retention = startSignUpRetention({
    store,
    retentionDays: config.signUpRetentionDays,
    log: console.log,
  });
  // Stopped before the store closes (closers run first to last), so no sweep outlives it.
  closers.unshift(() => retention.stop());

  const app = createApp({
    store,
    distDir: config.distDir,
    signUpRetentionDays: config.signUpRetentionDays,
    groupContact: config.groupContact,
    trustedProxyHops: config.trustedProxyHops,
    rateLimits: { joinsPerCode: joinsPerHour(config.joinsPerCodePerHour) },
  });
  const server = startHttpServer(
    app.fetch,
    { hostname: config.host, port: config.port },
    SERVER_TIMEOUTS,
    () => {
      console.log(`Carta is running at ${serverUrl(config)}`);
      if (appUrl(config) !== serverUrl(config)) console.log(`Phones open it at ${appUrl(config)}`);
      console.log(describeStore(store, config));
      for (const line of banner) console.log(line);
    },
  );
  server.on('error', (error: NodeJS.ErrnoException) => {
    console.error(
      error.code === 'EADDRINUSE'
        ? `Port ${config.port} on ${config.host} is already in use: stop the other server or set PORT.`
        : `The HTTP server failed: ${error.message}`,
    );
    void store.close().finally(() => process.exit(1));
  });
  closers.unshift(() => new Promise<void>((done) => server.close(() => done())));
}

start().catch((error: unknown) => {
  // Configuration and content mistakes are the operator's to fix: the message says what, and a
  // stack trace would only bury it.
  if (
    error instanceof ConfigError ||
    error instanceof CaseContentError ||
    error instanceof DataDirBusyError
  ) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
