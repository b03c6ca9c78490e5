import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src/server/app';
import { MEMBER_CODE, postJson, startGroupServer, type GroupServer } from './groupServer';
import { storeKinds } from './storeTargets';

describe.each(storeKinds)('what the server logs when its database fails, on %s', (kind) => {
  let server: GroupServer;

  beforeAll(async () => {
    server = await startGroupServer(kind);
  });

  afterAll(async () => {
    await server?.close();
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('logs the error code and the request id, never the statement, its values or who asked', async () => {
    const lines: string[] = [];
    const capture = (...args: unknown[]) => {
      lines.push(
        args
          .map((arg) => (arg instanceof Error ? `${arg.stack} ${String(arg.cause)}` : String(arg)))
          .join(' '),
      );
    };
    vi.spyOn(console, 'error').mockImplementation(capture);
    vi.spyOn(console, 'log').mockImplementation(capture);
    const app = createApp({
      store: server.store,
      distDir: '/nonexistent',
      log: capture,
      logError: capture,
    });

    // The devices table goes missing between the code check and the insert: a real database fault.
    await server.store.db.execute(sql`alter table devices rename to devices_away`);
    let response: Response;
    try {
      response = await postJson(app, '/api/v1/join', {
        code: MEMBER_CODE,
        deviceName: 'Rosa Quispe’s phone, 14 Calle Lima',
      });
    } finally {
      await server.store.db.execute(sql`alter table devices_away rename to devices`);
    }

    expect(response.status).toBe(500);
    const body = await response.text();
    expect(JSON.parse(body)).toEqual({
      error: { code: 'internal', message: 'Something went wrong on the server.' },
    });
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);

    const log = lines.join('\n');
    // 42P01: undefined_table, the code an operator can look up.
    expect(log).toMatch(new RegExp(`${requestId}.*database error 42P01`));
    expect(log).not.toContain('Rosa');
    expect(log).not.toContain('Calle Lima');
    expect(log).not.toMatch(/insert into/i);
    expect(log).not.toMatch(/params/i);
    expect(body).not.toContain('devices');
  });
});
