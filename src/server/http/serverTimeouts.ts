import { serve, type ServerType } from '@hono/node-server';

export interface ServerTimeouts {
  /** From the connection (or the previous request) until all headers are in. */
  headersTimeout: number;
  /** From the connection until the whole request, body included, is in. */
  requestTimeout: number;
  /** How long an idle kept-alive connection stays open. */
  keepAliveTimeout: number;
  /** How often Node looks for connections past the first two; its default is 30 s. */
  checkEveryMs: number;
}

/**
 * Short enough that a client dribbling its request cannot hold connections open for minutes (Node's
 * defaults: 60 s for headers, 5 min a request), long enough for a phone on a bad link: 1 MiB at
 * 256 kbit/s takes about 33 s.
 */
export const SERVER_TIMEOUTS: ServerTimeouts = {
  headersTimeout: 15_000,
  requestTimeout: 60_000,
  keepAliveTimeout: 5_000,
  checkEveryMs: 1_000,
};

/** Starts the Node HTTP server for the app, with the timeouts set rather than left to Node. */
export function startHttpServer(
  fetch: (request: Request) => Response | Promise<Response>,
  address: { hostname: string; port: number },
  timeouts: ServerTimeouts = SERVER_TIMEOUTS,
  onListening?: () => void,
): ServerType {
  const server = serve(
    {
      fetch,
      ...address,
      serverOptions: {
        headersTimeout: timeouts.headersTimeout,
        requestTimeout: timeouts.requestTimeout,
        keepAliveTimeout: timeouts.keepAliveTimeout,
        connectionsCheckingInterval: timeouts.checkEveryMs,
      },
    },
    onListening,
  );
  // Set again on the server itself, where Node reads it, whatever createServer made of the options.
  Object.assign(server, {
    headersTimeout: timeouts.headersTimeout,
    requestTimeout: timeouts.requestTimeout,
    keepAliveTimeout: timeouts.keepAliveTimeout,
  });
  return server;
}
