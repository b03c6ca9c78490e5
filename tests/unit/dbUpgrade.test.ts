import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledCases } from '../../src/content/bundledCases';
import { caseChangesSince } from '../../src/db/caseBasis';
import { CartaDatabase, SCHEMA_V1 } from '../../src/db/database';
import { loadBundledCases } from '../../src/db/loadBundledCases';
import { caseSchema } from '../../src/domain/case';
import { protectGroupKey, unlockGroupKey } from '../../src/domain/groupKeyBackup';
import { createGroupKeyPair } from '../../src/domain/signupSealing';
import { hashPin, pinMatches } from '../../src/domain/volunteerPin';
import { runSync } from '../../src/sync/syncEngine';
import { readSyncState } from '../../src/sync/syncState';
import { groupServerStandIn } from './groupServerStandIn';
// The case exactly as the first release shipped it (git show 685292c^:src/content/cases/…): one
// reference string, no status, no public flag. Phones kept this shape in their `cases` table.
import firstReleaseCase from './fixtures/ua-105-22.first-release.json';

const names: string[] = [];

afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

function databaseName() {
  const name = `upgrade-${crypto.randomUUID()}`;
  names.push(name);
  return name;
}

const PENDING_REPORT = '5a0e3f0e-8a43-4c4f-9d0a-1f4c7e2b9a01';
const DELIVERED_REPORT = '5a0e3f0e-8a43-4c4f-9d0a-1f4c7e2b9a02';
const DELIVERED_SIGN_UP = '5a0e3f0e-8a43-4c4f-9d0a-1f4c7e2b9a03';
const PENDING_SIGN_UP = '5a0e3f0e-8a43-4c4f-9d0a-1f4c7e2b9a04';
const DRAFT = 'd7f1b0b2-3c43-4b53-a3a9-9b2f6f1e0c11';
const STALL = '9c1d2e3f-0000-4000-8000-000000000001';

/**
 * A case the group's server sent the first release: newer than anything bundled since, so no
 * bundle replaces it and the current app must read it in its first-release shape.
 */
const serverCase = { ...firstReleaseCase, version: 40, origin: 'server' };

/** Every table of the first release, with a member's work in each, written as that app wrote it. */
async function fillFirstReleaseTables(database: Dexie) {
  await database.table('cases').put(serverCase);
  await database.table('drafts').put({
    id: DRAFT,
    caseId: 'ua-105-22',
    targetId: 'attorney-general',
    language: 'es',
    channel: null,
    subject: 'Juliaca',
    body: 'Señor Fiscal de la Nación: …',
    ownParagraph: 'Escribo desde Sutton Coldfield.',
    sender: {
      name: 'Ann Lee',
      address: '1 High St',
      postcode: 'B73 6AA',
      email: 'ann@example.org',
    },
    createdAt: '2026-11-20T09:00:00.000Z',
    updatedAt: '2026-11-20T09:05:00.000Z',
    sentAt: null,
  });
  await database.table('profile').put({
    id: 'me',
    name: 'Ann Lee',
    address: '1 High St',
    postcode: 'B73 6AA',
    email: 'ann@example.org',
    updatedAt: '2026-11-01T10:00:00.000Z',
  });
  await database.table('outbox').bulkPut([
    {
      id: PENDING_REPORT,
      type: 'action-report',
      payload: { caseId: 'ua-105-22', actions: { letter: 2 }, occurredOn: '2026-11-20' },
      createdAt: '2026-11-20T09:10:00.000Z',
      state: 'pending',
      attempts: 1,
      lastError: null,
      deliveredAt: null,
    },
    {
      id: DELIVERED_REPORT,
      type: 'action-report',
      payload: { caseId: 'ua-105-22', actions: { email: 1 }, occurredOn: '2026-11-19' },
      createdAt: '2026-11-19T18:00:00.000Z',
      state: 'sent',
      attempts: 0,
      lastError: null,
      deliveredAt: '2026-11-19T18:01:00.000Z',
    },
    {
      id: DELIVERED_SIGN_UP,
      type: 'sign-up',
      payload: { caseId: 'ua-105-22', stallSessionId: STALL, sealed: { ciphertext: 'AAAA' } },
      createdAt: '2026-11-19T12:00:00.000Z',
      state: 'sent',
      attempts: 0,
      lastError: null,
      deliveredAt: '2026-11-19T13:00:00.000Z',
    },
  ]);
  await database.table('stallSessions').put({
    id: STALL,
    caseId: 'ua-105-22',
    place: 'High Street',
    startedAt: '2026-11-19T10:00:00.000Z',
    endedAt: '2026-11-19T14:00:00.000Z',
    signupCount: 12,
  });
  await database.table('group').put({
    id: 'current',
    serverUrl: 'https://carta.example.org',
    deviceId: 'd1',
    token: 'token-1',
    groupId: 'g1',
    groupName: 'Sutton Coldfield',
    publicKey: null,
    joinedAt: '2026-11-01T10:00:00.000Z',
  });
  // The first release's sync bookkeeping had no `removedAt` and no withdrawn cases.
  await database.table('syncState').put({
    id: 'sync',
    cursor: '17',
    lastSyncedAt: '2026-11-19T18:01:00.000Z',
    failures: 2,
    notBefore: null,
    lastError: 'offline',
    needsRejoin: false,
  });
  await database.table('totals').put({
    caseId: 'ua-105-22',
    counts: { letter: 30, email: 4 },
    receivedAt: '2026-11-19T18:01:00.000Z',
  });
}

/** What every upgrade must leave of the first release's tables, read through the current app. */
async function expectFirstReleaseWorkKept(database: CartaDatabase) {
  const stored = await database.cases.get('ua-105-22');
  expect(stored).toMatchObject({
    origin: 'server',
    version: 40,
    reference: { en: 'UA 105.22', es: 'UA 105.22' },
    status: 'open',
    public: true,
    title: firstReleaseCase.title,
  });
  // The stored copy is already in the shape the current app's case schema gives: nothing the
  // screens read is missing.
  const { origin, ...asCase } = stored ?? { origin: null };
  expect(origin).toBe('server');
  expect(caseSchema.parse(asCase)).toEqual(asCase);

  const draft = await database.drafts.get(DRAFT);
  expect(draft).toMatchObject({
    body: 'Señor Fiscal de la Nación: …',
    ownParagraph: 'Escribo desde Sutton Coldfield.',
    sender: { name: 'Ann Lee', email: 'ann@example.org' },
    sentAt: null,
  });
  // The draft now remembers its case as it was, so a later change of the case can be told.
  expect(draft?.caseBasis).toMatchObject({ version: 40, status: 'open' });
  expect(caseChangesSince(draft?.caseBasis, caseSchema.parse(asCase))).toEqual([]);

  expect(await database.profile.get('me')).toMatchObject({ name: 'Ann Lee', postcode: 'B73 6AA' });
  expect(await database.stallSessions.get(STALL)).toMatchObject({
    place: 'High Street',
    signupCount: 12,
  });
  expect(await database.group.get('current')).toMatchObject({
    groupName: 'Sutton Coldfield',
    token: 'token-1',
  });
  expect(await readSyncState(database)).toEqual({
    id: 'sync',
    cursor: '17',
    lastSyncedAt: '2026-11-19T18:01:00.000Z',
    failures: 2,
    notBefore: null,
    lastError: 'offline',
    needsRejoin: false,
    removedAt: null,
  });
  expect(await database.totals.get('ua-105-22')).toMatchObject({
    counts: { letter: 30, email: 4 },
  });
}

/** The current app goes on working on the upgraded database: bundle load, then a sync. */
async function expectAppWorksOn(database: CartaDatabase) {
  // The bundle fills in the cases the phone lacked and leaves the server's newer copy alone.
  await loadBundledCases(database, bundledCases);
  expect(await database.cases.get('ua-105-22')).toMatchObject({ origin: 'server', version: 40 });
  expect(await database.cases.count()).toBe(bundledCases.length);

  const server = groupServerStandIn();
  const result = await runSync({ database, fetch: server.fetch, now: () => new Date() });
  expect(result).toEqual({ outcome: 'synced', delivered: 1, rejected: 0 });
  // The report the first release saved but never delivered reaches the server exactly once,
  // with the first release's device token.
  expect([...server.stored.keys()]).toEqual([PENDING_REPORT]);
  const [request] = server.fetch.mock.calls;
  expect(new Headers(request?.[1].headers).get('authorization')).toBe('Bearer token-1');
  expect(await database.outbox.get(PENDING_REPORT)).toMatchObject({ state: 'sent' });
  expect(await database.totals.get('ua-105-22')).toMatchObject({ counts: { letter: 2 } });
}

describe('opening a database of the first release (Dexie version 1) with the current app', () => {
  it('keeps something in every table, fills in what later versions added, and syncs what waited', async () => {
    const name = databaseName();
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    await fillFirstReleaseTables(v1);
    v1.close();

    const database = new CartaDatabase(name);
    await database.open();
    expect(database.verno).toBe(3);

    await expectFirstReleaseWorkKept(database);
    expect(await database.stallSessions.get(STALL)).toMatchObject({
      deliveredCount: 0,
      pin: null,
      kioskOpen: false,
    });
    // A confirmed sign-up must not keep its ciphertext (version 2); everything else stays.
    const outbox = (await database.outbox.toArray()).sort((a, b) =>
      a.createdAt.localeCompare(b.createdAt),
    );
    expect(outbox.map((item) => [item.id, item.state])).toEqual([
      [DELIVERED_REPORT, 'sent'],
      [PENDING_REPORT, 'pending'],
    ]);
    expect(await database.group.get('current')).toMatchObject({ publicKeyId: null });
    expect(await database.groupKey.count()).toBe(0);
    expect(await database.caseDrafts.count()).toBe(0);
    expect(await database.caseReads.count()).toBe(0);

    await expectAppWorksOn(database);
    database.close();
  });
});

describe('opening a database of the stall release (Dexie version 2) with the current app', () => {
  it('keeps the coordinator’s key, the volunteer’s PIN and the stall’s sign-ups as well', async () => {
    const name = databaseName();
    const v2 = new Dexie(name);
    // Version 2 added only the `groupKey` table to the first release's.
    v2.version(2).stores({ ...SCHEMA_V1, groupKey: 'id' });
    await v2.open();
    await fillFirstReleaseTables(v2);
    const pin = await hashPin('2468');
    await v2.table('stallSessions').update(STALL, {
      deliveredCount: 11,
      pin,
      kioskOpen: true,
    });
    await v2.table('group').update('current', { publicKeyId: 'key-1' });
    // Version 2 dropped delivered sign-ups; one still waiting is the only copy of a signer's details.
    await v2.table('outbox').delete(DELIVERED_SIGN_UP);
    await v2.table('outbox').put({
      id: PENDING_SIGN_UP,
      type: 'sign-up',
      payload: { caseId: 'ua-105-22', stallSessionId: STALL, sealed: { ciphertext: 'BBBB' } },
      createdAt: '2026-11-19T13:30:00.000Z',
      state: 'pending',
      attempts: 0,
      lastError: null,
      deliveredAt: null,
    });
    const passphrase = 'correct horse battery staple';
    const backup = await protectGroupKey(await createGroupKeyPair(), passphrase);
    await v2.table('groupKey').put({ id: 'current', backup, storedAt: '2026-11-18T09:00:00.000Z' });
    v2.close();

    const database = new CartaDatabase(name);
    await database.open();
    expect(database.verno).toBe(3);

    await expectFirstReleaseWorkKept(database);
    const stall = await database.stallSessions.get(STALL);
    expect(stall).toMatchObject({ deliveredCount: 11, kioskOpen: true });
    // The kiosk still opens with the volunteer's PIN, and the coordinator's key with the passphrase.
    expect(stall?.pin && (await pinMatches('2468', stall.pin))).toBe(true);
    expect(await database.group.get('current')).toMatchObject({ publicKeyId: 'key-1' });
    const key = await database.groupKey.get('current');
    expect(key?.backup).toEqual(backup);
    await expect(unlockGroupKey(backup, passphrase)).resolves.toBeDefined();
    expect(await database.outbox.get(PENDING_SIGN_UP)).toMatchObject({
      state: 'pending',
      payload: { sealed: { ciphertext: 'BBBB' } },
    });
    database.close();
  });
});
