import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import { SERVER_TIMEOUTS, startHttpServer } from '../../src/server/http/serverTimeouts';

const open: Server[] = [];

afterEach(async () => {
  await Promise.all(
    open.splice(0).map((server) => new Promise<void>((done) => server.close(() => done()))),
  );
});

async function start(timeouts = SERVER_TIMEOUTS): Promise<{ server: Server; port: number }> {
  const app = new Hono().get('/ok', (c) => c.text('ok'));
  const server = await new Promise<Server>((resolve) => {
    const started = startHttpServer(app.fetch, { hostname: '127.0.0.1', port: 0 }, timeouts, () =>
      resolve(started as Server),
    ) as Server;
  });
  open.push(server);
  return { server, port: (server.address() as AddressInfo).port };
}

describe('the HTTP server and slow clients', () => {
  it('sets header, request and keep-alive timeouts of its own, not Node’s defaults', async () => {
    const { server } = await start();
    expect(server.headersTimeout).toBe(SERVER_TIMEOUTS.headersTimeout);
    expect(server.requestTimeout).toBe(SERVER_TIMEOUTS.requestTimeout);
    expect(server.keepAliveTimeout).toBe(SERVER_TIMEOUTS.keepAliveTimeout);
    // Node's own: a minute for headers, five for a request. A phone on a slow link needs far less.
    expect(SERVER_TIMEOUTS.headersTimeout).toBeLessThan(60_000);
    expect(SERVER_TIMEOUTS.requestTimeout).toBeLessThan(300_000);
    expect(SERVER_TIMEOUTS.headersTimeout).toBeLessThanOrEqual(SERVER_TIMEOUTS.requestTimeout);
  });

  it('cuts off a client that sends its headers a byte at a time', async () => {
    const { port } = await start({
      headersTimeout: 400,
      requestTimeout: 800,
      keepAliveTimeout: 200,
      checkEveryMs: 100,
    });
    const started = Date.now();
    const socket = connect(port, '127.0.0.1');
    socket.write('GET /ok HTTP/1.1\r\nHost: carta\r\n');
    const drip = setInterval(() => socket.writable && socket.write('X'), 100);
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk));
    await new Promise<void>((resolve) => socket.on('close', () => resolve()));
    clearInterval(drip);
    // Cut off well before the dribble would ever finish, with a 408 or a closed socket.
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(answer === '' || answer.startsWith('HTTP/1.1 408')).toBe(true);

    // Everyone else is still served.
    expect(await (await fetch(`http://127.0.0.1:${port}/ok`)).text()).toBe('ok');
  });
});
