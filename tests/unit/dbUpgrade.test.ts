import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledCases } from '../../src/content/bundledCases';
import { CartaDatabase, SCHEMA_V1 } from '../../src/db/database';

const names: string[] = [];

afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

/** A phone's database as version 1 of the app left it, with a member's work in it. */
async function writeVersionOne(name: string) {
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  await v1.open();
  const ua = bundledCases.find((c) => c.id === 'ua-105-22');
  await v1.table('cases').put({ ...ua, origin: 'bundle' });
  await v1.table('drafts').put({
    id: 'd7f1b0b2-3c43-4b53-a3a9-9b2f6f1e0c11',
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
  await v1.table('outbox').bulkPut([
    {
      id: '5a0e3f0e-8a43-4c4f-9d0a-1f4c7e2b9a01',
      type: 'action-report',
      payload: { caseId: 'ua-105-22', actions: { letter: 2 }, occurredOn: '2026-11-20' },
      createdAt: '2026-11-20T09:10:00.000Z',
      state: 'pending',
      attempts: 1,
      lastError: null,
      deliveredAt: null,
    },
    {
      id: '5a0e3f0e-8a43-4c4f-9d0a-1f4c7e2b9a02',
      type: 'action-report',
      payload: { caseId: 'ua-105-22', actions: { email: 1 }, occurredOn: '2026-11-19' },
      createdAt: '2026-11-19T18:00:00.000Z',
      state: 'sent',
      attempts: 0,
      lastError: null,
      deliveredAt: '2026-11-19T18:01:00.000Z',
    },
    {
      id: '5a0e3f0e-8a43-4c4f-9d0a-1f4c7e2b9a03',
      type: 'sign-up',
      payload: { caseId: 'ua-105-22', stallSessionId: 'x', sealed: { ciphertext: 'AAAA' } },
      createdAt: '2026-11-19T12:00:00.000Z',
      state: 'sent',
      attempts: 0,
      lastError: null,
      deliveredAt: '2026-11-19T13:00:00.000Z',
    },
  ]);
  await v1.table('stallSessions').put({
    id: '9c1d2e3f-0000-4000-8000-000000000001',
    caseId: 'ua-105-22',
    place: 'High Street',
    startedAt: '2026-11-19T10:00:00.000Z',
    endedAt: '2026-11-19T14:00:00.000Z',
    signupCount: 12,
  });
  await v1.table('group').put({
    id: 'current',
    serverUrl: 'https://carta.example.org',
    deviceId: 'd1',
    token: 'token-1',
    groupId: 'g1',
    groupName: 'Sutton Coldfield',
    publicKey: null,
    joinedAt: '2026-11-01T10:00:00.000Z',
  });
  await v1.table('profile').put({
    id: 'me',
    name: 'Ann Lee',
    address: '1 High St',
    postcode: 'B73 6AA',
    email: 'ann@example.org',
    updatedAt: '2026-11-01T10:00:00.000Z',
  });
  v1.close();
}

describe('opening a version-1 database with the version-2 app', () => {
  it('keeps every case, draft, profile and waiting record, and fills in the new fields', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    names.push(name);
    await writeVersionOne(name);

    const database = new CartaDatabase(name);
    await database.open();

    expect(database.verno).toBe(3);
    expect(await database.cases.get('ua-105-22')).toMatchObject({
      reference: { en: 'UA 105.22', es: 'AU 105/22' },
    });
    expect(await database.drafts.get('d7f1b0b2-3c43-4b53-a3a9-9b2f6f1e0c11')).toMatchObject({
      ownParagraph: 'Escribo desde Sutton Coldfield.',
      sender: { name: 'Ann Lee' },
    });
    expect(await database.profile.get('me')).toMatchObject({ postcode: 'B73 6AA' });
    const outbox = (await database.outbox.toArray()).sort((a, b) =>
      a.createdAt.localeCompare(b.createdAt),
    );
    expect(outbox.map((item) => [item.type, item.state])).toEqual([
      ['action-report', 'sent'],
      ['action-report', 'pending'],
    ]);
    expect(await database.stallSessions.get('9c1d2e3f-0000-4000-8000-000000000001')).toEqual({
      id: '9c1d2e3f-0000-4000-8000-000000000001',
      caseId: 'ua-105-22',
      place: 'High Street',
      startedAt: '2026-11-19T10:00:00.000Z',
      endedAt: '2026-11-19T14:00:00.000Z',
      signupCount: 12,
      deliveredCount: 0,
      pin: null,
      kioskOpen: false,
    });
    expect(await database.group.get('current')).toMatchObject({
      groupName: 'Sutton Coldfield',
      token: 'token-1',
      publicKeyId: null,
    });
    expect(await database.groupKey.count()).toBe(0);
    database.close();
  });
});
