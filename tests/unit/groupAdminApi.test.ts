import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CartaDatabase } from '../../src/db/database';
import type { FetchLike } from '../../src/sync/groupApi';
import {
  deleteExportedSignUps,
  deliverSavedRecords,
  fetchDevices,
  fetchSignUpRetention,
  fetchTotals,
  renameDevice,
  revokeDevice,
  rotateCode,
} from '../../src/sync/groupAdminApi';
import { readSyncState } from '../../src/sync/syncState';
import { joinedGroup } from './groupMembership';

const SERVER = 'https://carta.example.org';
const DEVICE = {
  id: '0b6f0c8e-8d0e-4a43-9a55-0f5b0a1f2c11',
  name: 'Ana’s phone',
  role: 'member',
  joinedAt: '2026-11-01T09:00:00.000Z',
  lastSyncAt: '2026-11-26T09:55:00.000Z',
  revokedAt: null,
  current: false,
};

interface Seen {
  method: string;
  url: string;
  authorization: string | null;
  body: unknown;
}

/** The group's server as the coordinator's screens meet it: one answer per request, in turn. */
function fakeServer(...answers: Array<() => Response>) {
  const seen: Seen[] = [];
  const fetch = vi.fn<FetchLike>(async (url, init) => {
    seen.push({
      method: init.method ?? 'GET',
      url,
      authorization: new Headers(init.headers).get('Authorization'),
      body: init.body === undefined ? undefined : JSON.parse(String(init.body)),
    });
    const answer = answers.shift();
    if (!answer) throw new TypeError('Failed to fetch');
    return answer();
  });
  return { fetch, seen };
}

let database: CartaDatabase;
const now = () => new Date('2026-11-26T10:00:00Z');

beforeEach(async () => {
  database = new CartaDatabase(`group-admin-${crypto.randomUUID()}`);
  await database.group.put(
    joinedGroup({
      serverUrl: SERVER,
      deviceId: 'coordinator-laptop',
      token: 'coordinator-token',
      groupName: 'Juliaca solidarity',
      role: 'coordinator',
    }),
  );
});

afterEach(async () => {
  database.close();
  await database.delete();
});

describe('the coordinator running the group from this phone', () => {
  it('asks for the totals of a period by week and gets them back checked', async () => {
    const totals = {
      from: '2026-11-18',
      to: '2026-11-30',
      by: 'week',
      periods: [
        { start: '2026-11-16', cases: { 'ua-105-22': { letter: 3 } } },
        { start: '2026-11-23', cases: {} },
        { start: '2026-11-30', cases: { 'ua-105-22': { email: 1, signups: 2 } } },
      ],
    };
    const server = fakeServer(() => Response.json(totals));

    const outcome = await fetchTotals(
      database,
      { from: '2026-11-18', to: '2026-11-30', by: 'week' },
      { fetch: server.fetch },
    );

    expect(outcome).toEqual({ ok: true, totals });
    expect(server.seen).toEqual([
      {
        method: 'GET',
        url: `${SERVER}/api/v1/totals?from=2026-11-18&to=2026-11-30&by=week`,
        authorization: 'Bearer coordinator-token',
        body: undefined,
      },
    ]);
  });

  it('lists, renames and revokes phones at their own addresses', async () => {
    const renamed = { ...DEVICE, name: 'Stall phone 1' };
    const revoked = { ...renamed, revokedAt: '2026-11-26T10:00:01.000Z' };
    const server = fakeServer(
      () => Response.json({ devices: [DEVICE] }),
      () => Response.json({ device: renamed }),
      () => Response.json({ device: revoked }),
    );
    const deps = { fetch: server.fetch };

    expect(await fetchDevices(database, deps)).toEqual({ ok: true, devices: [DEVICE] });
    expect(await renameDevice(database, DEVICE.id, 'Stall phone 1', deps)).toEqual({
      ok: true,
      device: renamed,
    });
    expect(await revokeDevice(database, DEVICE.id, deps)).toEqual({ ok: true, device: revoked });
    expect(server.seen.map(({ method, url, body }) => ({ method, url, body }))).toEqual([
      { method: 'GET', url: `${SERVER}/api/v1/devices`, body: undefined },
      {
        method: 'PATCH',
        url: `${SERVER}/api/v1/devices/${DEVICE.id}`,
        body: { name: 'Stall phone 1' },
      },
      { method: 'POST', url: `${SERVER}/api/v1/devices/${DEVICE.id}/revoke`, body: undefined },
    ]);
  });

  it('passes the server’s words on when it refuses, such as revoking the phone in hand', async () => {
    const server = fakeServer(() =>
      Response.json(
        {
          error: {
            code: 'cannot_revoke_self',
            message: 'This is the device you are using; revoke it from another coordinator device.',
          },
        },
        { status: 400 },
      ),
    );

    expect(await revokeDevice(database, 'coordinator-laptop', { fetch: server.fetch })).toEqual({
      ok: false,
      reason: 'refused',
      message: 'This is the device you are using; revoke it from another coordinator device.',
    });
  });

  it('rotates a code and hands it over once', async () => {
    const server = fakeServer(() => Response.json({ role: 'member', code: '7KQM-2WXE-P9HD-R4TA' }));

    expect(await rotateCode(database, 'member', { fetch: server.fetch })).toEqual({
      ok: true,
      role: 'member',
      code: '7KQM-2WXE-P9HD-R4TA',
    });
    expect(server.seen[0]).toMatchObject({
      method: 'POST',
      url: `${SERVER}/api/v1/codes/member/rotate`,
    });
  });

  it('reads the retention and deletes exactly what the export covered', async () => {
    const retention = {
      retentionDays: 90,
      stored: 12,
      oldestSignedAt: '2026-09-01T10:00:00.000Z',
      oldestGoesOn: '2026-11-30',
    };
    const server = fakeServer(
      () => Response.json(retention),
      () => Response.json({ deleted: 12 }),
    );
    const deps = { fetch: server.fetch };

    expect(await fetchSignUpRetention(database, deps)).toEqual({ ok: true, retention });
    expect(await deleteExportedSignUps(database, '2026-11-26T09:58:12.345Z', deps)).toEqual({
      ok: true,
      deleted: 12,
    });
    expect(server.seen[1]).toMatchObject({
      method: 'DELETE',
      url: `${SERVER}/api/v1/signups?receivedThrough=2026-11-26T09%3A58%3A12.345Z`,
    });
  });

  it('says when this phone is a member’s, the server is out of reach, or busy', async () => {
    const server = fakeServer(
      () =>
        Response.json(
          { error: { code: 'coordinator_only', message: 'Only a coordinator device.' } },
          { status: 403 },
        ),
      () => new Response('Too many', { status: 429, headers: { 'Retry-After': '5' } }),
      () => new Response('Bad gateway', { status: 502 }),
    );
    const deps = { fetch: server.fetch, now };

    expect(await fetchDevices(database, deps)).toEqual({
      ok: false,
      reason: 'not-authorized',
      message: 'Only a coordinator device.',
    });
    expect(await fetchDevices(database, deps)).toEqual({ ok: false, reason: 'rate-limited' });
    expect(await fetchDevices(database, deps)).toEqual({
      ok: false,
      reason: 'server-error',
      status: 502,
    });
    expect(await fetchDevices(database, deps)).toEqual({ ok: false, reason: 'unreachable' });
    expect((await readSyncState(database)).removedAt).toBeNull();
  });

  it('learns that this phone itself was removed, and the whole app knows it', async () => {
    const server = fakeServer(() =>
      Response.json(
        {
          error: {
            code: 'revoked',
            message: 'The coordinator removed this phone from the group.',
          },
        },
        { status: 401 },
      ),
    );

    expect(await fetchDevices(database, { fetch: server.fetch, now })).toEqual({
      ok: false,
      reason: 'revoked',
      message: 'The coordinator removed this phone from the group.',
    });
    expect(await readSyncState(database)).toMatchObject({
      removedAt: '2026-11-26T10:00:00.000Z',
      needsRejoin: true,
    });
  });

  it('asks nothing of a server before the phone has joined one', async () => {
    await database.group.delete('current');
    const server = fakeServer();

    expect(
      await fetchTotals(
        database,
        { from: '2026-11-01', to: '2026-11-30', by: 'month' },
        {
          fetch: server.fetch,
        },
      ),
    ).toEqual({ ok: false, reason: 'not-joined' });
    expect(server.fetch).not.toHaveBeenCalled();
  });
});

describe('delivering a phone’s saved file from the coordinator’s device', () => {
  function report(n: number) {
    return {
      id: crypto.randomUUID(),
      type: 'action-report' as const,
      createdAt: '2026-11-22T09:30:00.000Z',
      data: { caseId: 'ua-105-22', actions: { letter: 1 }, occurredOn: '2026-11-22', n },
    };
  }

  /** Answers each delivery as the server would, every record stored. */
  function storedAnswer(body: { items: Array<{ id: string }> }) {
    return Response.json({ results: body.items.map(({ id }) => ({ id, status: 'stored' })) });
  }

  it('sends 1,201 records in requests of 500, 500 and 201 and gathers every answer', async () => {
    const items = Array.from({ length: 1201 }, (_, n) => report(n));
    const bodies: Array<{ items: Array<{ id: string }> }> = [];
    const progress: number[] = [];
    const fetch = vi.fn<FetchLike>(async (url, init) => {
      expect(url).toBe(`${SERVER}/api/v1/deliveries`);
      expect(new Headers(init.headers).get('Authorization')).toBe('Bearer coordinator-token');
      const body = JSON.parse(String(init.body)) as { items: Array<{ id: string }> };
      bodies.push(body);
      return storedAnswer(body);
    });

    const delivery = await deliverSavedRecords(database, items, {
      fetch,
      now,
      onProgress: (sent) => progress.push(sent),
    });

    expect(bodies.map((body) => body.items.length)).toEqual([500, 500, 201]);
    expect(bodies.flatMap((body) => body.items)).toEqual(items);
    expect(progress).toEqual([500, 1000, 1201]);
    expect(delivery.failure).toBeNull();
    expect(delivery.results.map((result) => result.id)).toEqual(items.map((item) => item.id));
  });

  it('stops at a request that fails, keeping the answers it had, so the file can be sent again', async () => {
    const items = Array.from({ length: 600 }, (_, n) => report(n));
    let calls = 0;
    const fetch = vi.fn<FetchLike>(async (_url, init) => {
      calls += 1;
      if (calls === 2) throw new TypeError('Failed to fetch');
      return storedAnswer(JSON.parse(String(init.body)) as { items: Array<{ id: string }> });
    });

    const delivery = await deliverSavedRecords(database, items, { fetch, now });

    expect(delivery.results).toHaveLength(500);
    expect(delivery.failure).toEqual({ ok: false, reason: 'unreachable' });
  });
});
