import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CartaDatabase } from '../../src/db/database';
import { AppSync } from '../../src/sync/appSync';
import type { FetchLike } from '../../src/sync/groupApi';
import { queueRecord } from '../../src/sync/outbox';
import { joinedGroup } from './groupMembership';

/** The group's server as the engine sees it: it stores every report it is sent. */
function groupServer() {
  const stored: string[] = [];
  const fetch: FetchLike = async (_url, init) => {
    const body = JSON.parse(String(init.body)) as { push: { id: string }[] };
    stored.push(...body.push.map((item) => item.id));
    return Response.json({
      results: body.push.map((item) => ({ id: item.id, status: 'stored' })),
      cases: [],
      totals: {},
      cursor: String(stored.length),
    });
  };
  return { fetch: vi.fn(fetch), stored };
}

const clock = new Date('2026-11-26T10:00:00Z');
const report = { caseId: 'ua-105-22', actions: { letter: 2 }, occurredOn: '2026-11-22' };

let database: CartaDatabase;
let sync: AppSync;

beforeEach(() => {
  database = new CartaDatabase(`app-sync-test-${crypto.randomUUID()}`);
  sync = new AppSync(database);
});

afterEach(async () => {
  sync.stop();
  database.close();
  await database.delete();
});

async function sentCount(): Promise<number> {
  return database.outbox.where('state').equals('sent').count();
}

describe('starting the app’s delivery', () => {
  it('delivers what waited offline as soon as a phone in a group starts the app', async () => {
    await database.group.put(joinedGroup());
    const waiting = await queueRecord(database, 'action-report', report, clock);
    const server = groupServer();

    sync.start({ fetch: server.fetch, now: () => clock });

    await vi.waitFor(async () => expect(await sentCount()).toBe(1));
    expect(server.stored).toEqual([waiting.id]);
  });

  it('asks no server while the phone is in no group, and delivers once it joins', async () => {
    const server = groupServer();
    sync.start({ fetch: server.fetch, now: () => clock });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.fetch).not.toHaveBeenCalled();

    // What joining does: the membership row, then a sync at once.
    await database.group.put(joinedGroup());
    const queued = await queueRecord(database, 'action-report', report, clock);
    const result = await sync.requestSync({ force: true });

    expect(result).toMatchObject({ outcome: 'synced' });
    await vi.waitFor(async () => expect(await sentCount()).toBe(1));
    expect(server.stored).toEqual([queued.id]);
  });

  it('answers "not joined" to Sync now on a phone in no group', async () => {
    const server = groupServer();
    sync.start({ fetch: server.fetch, now: () => clock });

    expect(await sync.requestSync({ force: true })).toEqual({ outcome: 'not-joined' });
    expect(server.fetch).not.toHaveBeenCalled();
  });

  it('answers every one of several requests made at once after joining', async () => {
    const server = groupServer();
    sync.start({ fetch: server.fetch, now: () => clock });
    await database.group.put(joinedGroup());

    const results = await Promise.all([sync.requestSync(), sync.requestSync({ force: true })]);

    expect(results).toEqual([
      expect.objectContaining({ outcome: 'synced' }),
      expect.objectContaining({ outcome: 'synced' }),
    ]);
  });
});
