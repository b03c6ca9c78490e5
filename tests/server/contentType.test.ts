import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devices, pushedItems } from '../../src/server/store/schema';
import {
  actionReport,
  appOver,
  COORDINATOR_CODE,
  joinAs,
  MEMBER_CODE,
  startGroupServer,
  type GroupServer,
} from './groupServer';
import { storeKinds } from './storeTargets';

// A page on another site can send these three without asking the browser first (no preflight).
const SIMPLE_FORM_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
];

describe.each(storeKinds)('JSON bodies only, on %s', (kind) => {
  let server: GroupServer;
  let app: ReturnType<typeof appOver>;
  let memberToken: string;
  let coordinatorToken: string;

  beforeAll(async () => {
    server = await startGroupServer(kind);
    app = appOver(server.store);
    memberToken = (await joinAs(app)).token;
    coordinatorToken = (await joinAs(app, COORDINATOR_CODE, 'Coordinator laptop')).token;
  });

  afterAll(async () => {
    await server?.close();
  });

  function send(
    method: string,
    path: string,
    body: unknown,
    contentType: string | null,
    token: string | null,
  ) {
    return app.request(path, {
      method,
      headers: {
        ...(contentType === null ? {} : { 'Content-Type': contentType }),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body),
    });
  }

  const endpoints = () =>
    [
      ['POST', '/api/v1/join', { code: MEMBER_CODE, deviceName: 'Form post' }, null],
      [
        'POST',
        '/api/v1/sync',
        { cursor: null, push: [actionReport('ua-105-22', { letter: 1 })] },
        memberToken,
      ],
      ['PUT', '/api/v1/group/key', { publicKey: 'A'.repeat(400), keyId: 'k' }, coordinatorToken],
      ['PUT', '/api/v1/cases/ua-105-22', { baseVersion: 1, case: {} }, coordinatorToken],
      [
        'PATCH',
        '/api/v1/devices/00000000-0000-4000-8000-000000000000',
        { name: 'x' },
        coordinatorToken,
      ],
    ] as const;

  it.each([...SIMPLE_FORM_TYPES, 'application/jsonp', null])(
    'answers every JSON endpoint sent %s with 415 and stores nothing',
    async (contentType) => {
      const [devicesBefore] = await server.store.db.select({ n: count() }).from(devices);
      const [itemsBefore] = await server.store.db.select({ n: count() }).from(pushedItems);
      for (const [method, path, body, token] of endpoints()) {
        const response = await send(method, path, body, contentType, token);
        expect(response.status, `${method} ${path}`).toBe(415);
        expect(await response.json()).toEqual({
          error: {
            code: 'unsupported_media_type',
            message: expect.stringContaining('Content-Type: application/json'),
          },
        });
      }
      expect(await server.store.db.select({ n: count() }).from(devices)).toEqual([devicesBefore]);
      expect(await server.store.db.select({ n: count() }).from(pushedItems)).toEqual([itemsBefore]);
    },
  );

  it.each(['application/json; charset=utf-8', 'Application/JSON;charset=UTF-8'])(
    'takes %s',
    async (contentType) => {
      const joined = await send(
        'POST',
        '/api/v1/join',
        { code: MEMBER_CODE, deviceName: 'With a charset' },
        contentType,
        null,
      );
      expect(joined.status).toBe(201);
      const synced = await send(
        'POST',
        '/api/v1/sync',
        { cursor: null, push: [actionReport('ua-105-22', { letter: 1 })] },
        contentType,
        memberToken,
      );
      expect(synced.status).toBe(200);
    },
  );
});
