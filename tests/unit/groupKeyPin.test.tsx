import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CartaDatabase } from '../../src/db/database';
import type { GroupMembership } from '../../src/db/rows';
import { protectGroupKey } from '../../src/domain/groupKeyBackup';
import { keyFingerprint } from '../../src/domain/keyFingerprint';
import {
  createGroupKeyPair,
  importSealingKey,
  openSignup,
  type GroupKeyPair,
} from '../../src/domain/signupSealing';
import type { SignUpData } from '../../src/domain/syncProtocol';
import type { FetchLike } from '../../src/sync/groupApi';
import { confirmOfferedKey, GroupKeyChangedError } from '../../src/sync/groupKeyPin';
import { joinGroup } from '../../src/sync/joinGroup';
import { queueSignUp } from '../../src/sync/queueSignUp';
import { runSync } from '../../src/sync/syncEngine';
import { renderApp } from './renderApp';

// The key a phone received first, and another one: the coordinator's new key, or one uploaded by
// whoever stole a coordinator's token. A phone cannot tell which; that is what the check is for.
let firstKey: GroupKeyPair;
let otherKey: GroupKeyPair;

// RSA key generation is slow on a busy machine; the default ten seconds is not always enough.
beforeAll(async () => {
  [firstKey, otherKey] = await Promise.all([createGroupKeyPair(), createGroupKeyPair()]);
}, 60_000);

afterEach(() => {
  vi.restoreAllMocks();
});

const PETITION = 'peru-repression-petition';
const STALL_ID = '6f1d2e3f-0000-4000-8000-000000000001';
const signer = { name: 'Rosa Quispe', email: 'rosa@example.org', postcode: 'B73 6AA' };
const choices = { petition: true, updates: false, language: 'en' } as const;

/** A phone that received the group's key before keys were pinned: no fingerprint kept yet. */
async function joinedBeforePinning(
  database: CartaDatabase,
  key: GroupKeyPair,
  extra: Partial<GroupMembership> = {},
) {
  await database.group.put({
    id: 'current',
    serverUrl: 'http://127.0.0.1:8080',
    deviceId: 'd1',
    token: 'token-1',
    groupId: 'g1',
    groupName: 'Sutton Coldfield group',
    publicKey: key.publicKeySpki,
    publicKeyId: key.keyId,
    role: 'member',
    joinedAt: '2026-11-01T10:00:00.000Z',
    ...extra,
  });
}

async function openStall(database: CartaDatabase) {
  await database.stallSessions.put({
    id: STALL_ID,
    caseId: PETITION,
    place: 'Market',
    startedAt: '2026-11-28T10:00:00.000Z',
    endedAt: null,
    signupCount: 0,
    deliveredCount: 0,
    pin: null,
    kioskOpen: false,
  });
}

/** The group's server, announcing whichever key it holds now, and keeping what phones push. */
function serverWithKey(initial: GroupKeyPair) {
  let key = initial;
  const received: Array<{ id: string; type: string; data: SignUpData }> = [];
  const fetch: FetchLike = async (_url, init) => {
    const { push } = JSON.parse(String(init.body)) as { push: typeof received };
    received.push(...push);
    return Response.json({
      results: push.map((item) => ({ id: item.id, status: 'stored' })),
      cases: [],
      totals: {},
      cursor: String(received.length),
      group: { publicKey: key.publicKeySpki, keyId: key.keyId },
    });
  };
  return {
    fetch,
    received,
    holds(next: GroupKeyPair) {
      key = next;
    },
  };
}

const sealingWith = async (key: GroupKeyPair) => ({
  key: await importSealingKey(key.publicKeySpki),
  keyId: key.keyId,
});

describe('a sync answer with another group key', () => {
  it('does not change the key sign-ups are sealed to, stops new sign-ups, and still delivers those already sealed', async () => {
    const database = new CartaDatabase(`pin-${crypto.randomUUID()}`);
    await joinedBeforePinning(database, firstKey);
    await openStall(database);
    const server = serverWithKey(firstKey);

    // A phone from before pinning pins the key it already has.
    await runSync({ database, fetch: server.fetch });
    expect((await database.group.get('current'))?.pinnedKeyFingerprint).toBe(
      await keyFingerprint(firstKey.publicKeySpki),
    );

    const sealedEarlier = await queueSignUp(
      database,
      { id: STALL_ID, caseId: PETITION },
      signer,
      choices,
      await sealingWith(firstKey),
    );
    server.holds(otherKey);
    expect(await runSync({ database, fetch: server.fetch })).toEqual({
      outcome: 'synced',
      delivered: 1,
      rejected: 0,
    });
    expect(server.received.map((item) => item.id)).toEqual([sealedEarlier.id]);
    expect(server.received[0]!.data.sealed.keyId).toBe(firstKey.keyId);

    const membership = await database.group.get('current');
    expect(membership).toMatchObject({
      publicKey: firstKey.publicKeySpki,
      publicKeyId: firstKey.keyId,
      pinnedKeyFingerprint: await keyFingerprint(firstKey.publicKeySpki),
      offeredKey: {
        publicKey: otherKey.publicKeySpki,
        fingerprint: await keyFingerprint(otherKey.publicKeySpki),
        rejectedAt: null,
      },
    });

    // Neither the trusted key nor the new one seals anything until a volunteer has compared.
    for (const key of [firstKey, otherKey]) {
      await expect(
        queueSignUp(
          database,
          { id: STALL_ID, caseId: PETITION },
          signer,
          choices,
          await sealingWith(key),
        ),
      ).rejects.toBeInstanceOf(GroupKeyChangedError);
    }
    expect(await database.outbox.count()).toBe(0);
    expect((await database.stallSessions.get(STALL_ID))?.signupCount).toBe(1);

    // Announced again on the next sync, it is still only offered.
    await runSync({ database, fetch: server.fetch, now: () => new Date('2026-11-29T09:00:00Z') });
    expect((await database.group.get('current'))?.offeredKey?.receivedAt).not.toBe(
      '2026-11-29T09:00:00.000Z',
    );
    database.close();
  });

  it('lets sign-ups start again once the server is back to the trusted key', async () => {
    const database = new CartaDatabase(`pin-${crypto.randomUUID()}`);
    await joinedBeforePinning(database, firstKey);
    await openStall(database);
    const server = serverWithKey(otherKey);

    await runSync({ database, fetch: server.fetch });
    expect((await database.group.get('current'))?.offeredKey).toBeTruthy();

    server.holds(firstKey);
    await runSync({ database, fetch: server.fetch });
    expect((await database.group.get('current'))?.offeredKey).toBeNull();
    await queueSignUp(
      database,
      { id: STALL_ID, caseId: PETITION },
      signer,
      choices,
      await sealingWith(firstKey),
    );
    expect(await database.outbox.count()).toBe(1);
    database.close();
  });
});

describe('a join answer with another group key', () => {
  function joinServer(groupId: string, key: GroupKeyPair): FetchLike {
    return async () =>
      Response.json(
        {
          deviceId: crypto.randomUUID(),
          token: `token-${crypto.randomUUID()}`,
          group: { id: groupId, name: 'Sutton Coldfield group', ...keyOf(key) },
          role: 'member',
        },
        { status: 201 },
      );
  }
  const keyOf = (key: GroupKeyPair) => ({ publicKey: key.publicKeySpki, keyId: key.keyId });
  const join = (database: CartaDatabase, fetch: FetchLike) =>
    joinGroup(
      database,
      { serverAddress: 'http://127.0.0.1:8080', code: 'JOIN-CODE', deviceName: 'Stall phone' },
      { fetch },
    );

  it('cannot swap the key when the phone joins its group again, but a new group brings its own', async () => {
    const database = new CartaDatabase(`pin-${crypto.randomUUID()}`);
    await join(database, joinServer('g1', firstKey));
    expect(await database.group.get('current')).toMatchObject({
      ...{ publicKey: firstKey.publicKeySpki, publicKeyId: firstKey.keyId },
      pinnedKeyFingerprint: await keyFingerprint(firstKey.publicKeySpki),
      offeredKey: null,
    });

    // Removed from the group, say, and joining again with a fresh code.
    await join(database, joinServer('g1', otherKey));
    expect(await database.group.get('current')).toMatchObject({
      publicKey: firstKey.publicKeySpki,
      offeredKey: { fingerprint: await keyFingerprint(otherKey.publicKeySpki) },
    });

    await join(database, joinServer('another-group', otherKey));
    expect(await database.group.get('current')).toMatchObject({
      groupId: 'another-group',
      publicKey: otherKey.publicKeySpki,
      pinnedKeyFingerprint: await keyFingerprint(otherKey.publicKeySpki),
      offeredKey: null,
    });
    database.close();
  });
});

describe("the volunteer's check of a new key", () => {
  it(
    'stops the stall with the reason, keeps it stopped on "It doesn\'t match", and seals to the new key once it matches',
    { timeout: 30_000 },
    async () => {
      const { database, user } = await renderApp({ path: '/stall', language: 'en' });
      await joinedBeforePinning(database, firstKey);
      const server = serverWithKey(firstKey);
      await runSync({ database, fetch: server.fetch });
      await screen.findByRole('button', { name: 'Start and open the kiosk' });

      // This time the coordinator really did make a new key.
      const replacement = otherKey;
      server.holds(replacement);
      await runSync({ database, fetch: server.fetch });

      expect(
        await screen.findByRole('heading', { level: 2, name: "The group's key has changed" }),
      ).toBeTruthy();
      expect(
        screen.getByText(/Ask your coordinator to read you the new key's fingerprint/),
      ).toBeTruthy();
      expect(screen.getByText(await fingerprintOf(replacement))).toBeTruthy();
      expect(screen.getByText(/already saved on this phone are not affected/)).toBeTruthy();
      expect(screen.queryByRole('button', { name: 'Start and open the kiosk' })).toBeNull();

      await user.click(screen.getByRole('button', { name: "It doesn't match" }));
      expect((await screen.findByRole('alert')).textContent).toMatch(
        /Sign-ups stay stopped on this phone\. Contact your coordinator/,
      );
      expect(screen.queryByRole('button', { name: 'Start and open the kiosk' })).toBeNull();
      // The answer outlasts the next sync, which announces the same key again.
      await runSync({ database, fetch: server.fetch });
      expect(screen.getByRole('alert').textContent).toMatch(/Sign-ups stay stopped/);

      await user.click(screen.getByRole('button', { name: 'Compare again' }));
      await user.click(await screen.findByRole('button', { name: 'It matches' }));
      const confirmed = await screen.findByText(
        'The new key is confirmed. Sign-ups can start again.',
      );
      // The buttons that had focus are gone; focus goes to the news, not to the page's start.
      await waitFor(() => expect(document.activeElement).toBe(confirmed));
      expect(screen.queryByRole('heading', { name: "The group's key has changed" })).toBeNull();

      await user.type(screen.getByLabelText('Where'), 'Market square');
      await user.type(screen.getByLabelText('Volunteer PIN'), '4829');
      await user.type(screen.getByLabelText('PIN again'), '4829');
      await user.click(screen.getByRole('button', { name: 'Start and open the kiosk' }));
      await user.type(await screen.findByLabelText('Your name'), signer.name);
      await user.type(screen.getByLabelText('Email address'), signer.email);
      await user.click(screen.getByRole('checkbox', { name: /I sign this petition/ }));
      await user.click(screen.getByRole('button', { name: 'Sign' }));
      await screen.findByText(/Thank you! Your signature is saved/);

      const [queued] = await database.outbox.toArray();
      const data = queued!.payload as SignUpData;
      expect(data.sealed.keyId).toBe(replacement.keyId);
      const opened = await openSignup(data.sealed, replacement.privateKey, {
        caseId: data.caseId,
        stallSessionId: data.stallSessionId,
        signedAt: queued!.createdAt,
        consent: data.consent,
      });
      expect(opened.name).toBe(signer.name);
    },
  );

  it(
    'pauses an open kiosk when a sync brings another key, dropping what the signer had typed',
    { timeout: 20_000 },
    async () => {
      const { database, user } = await renderApp({ path: '/stall', language: 'en' });
      await joinedBeforePinning(database, firstKey);
      const server = serverWithKey(firstKey);
      await runSync({ database, fetch: server.fetch });
      await user.type(await screen.findByLabelText('Where'), 'Market square');
      await user.type(screen.getByLabelText('Volunteer PIN'), '4829');
      await user.type(screen.getByLabelText('PIN again'), '4829');
      await user.click(screen.getByRole('button', { name: 'Start and open the kiosk' }));
      await user.type(await screen.findByLabelText('Your name'), signer.name);

      server.holds(otherKey);
      await runSync({ database, fetch: server.fetch });

      const paused = await screen.findByRole('alert');
      expect(paused.textContent).toContain(
        'Signing is paused on this phone. Please give it back to a volunteer.',
      );
      expect(paused.textContent).toContain(
        "Volunteer: the group's key has changed. Ask your coordinator to read you the new key's fingerprint",
      );
      expect(screen.queryByLabelText('Your name')).toBeNull();
      expect(screen.queryByRole('button', { name: 'Sign' })).toBeNull();
      expect(document.body.textContent).not.toContain(signer.name);
      expect(await database.outbox.count()).toBe(0);
    },
  );
});

async function fingerprintOf(key: GroupKeyPair): Promise<string> {
  const fingerprint = await keyFingerprint(key.publicKeySpki);
  if (!fingerprint) throw new Error('A generated key always has a fingerprint');
  return fingerprint;
}

describe("the coordinator's screen", () => {
  it(
    "shows the same fingerprint for the key as a volunteer's phone asked to confirm it",
    { timeout: 30_000 },
    async () => {
      // Nothing here needs the server; the retention figures just say it cannot be reached.
      vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));
      const backup = await protectGroupKey(otherKey, 'a long enough passphrase');
      const coordinator = await renderApp({ path: '/group/signups', language: 'en' });
      await coordinator.database.groupKey.put({
        id: 'current',
        backup,
        storedAt: '2026-11-28T09:00:00.000Z',
      });
      await joinedBeforePinning(coordinator.database, otherKey, { role: 'coordinator' });
      expect(await screen.findByText('Fingerprint of the group key:')).toBeTruthy();
      expect(
        screen.getByText(
          /each volunteer's phone stops taking sign-ups until the volunteer has compared/,
        ),
      ).toBeTruthy();
      const onCoordinatorsScreen = await waitFor(() => {
        const shown = document.querySelector('.key-fingerprint')?.textContent;
        expect(shown).toBeTruthy();
        return shown!;
      });
      coordinator.unmount();

      const phone = await renderApp({ path: '/stall', language: 'en' });
      await joinedBeforePinning(phone.database, firstKey);
      await runSync({ database: phone.database, fetch: serverWithKey(firstKey).fetch });
      await runSync({ database: phone.database, fetch: serverWithKey(otherKey).fetch });
      await screen.findByRole('heading', { level: 2, name: "The group's key has changed" });
      expect(document.querySelector('.key-fingerprint')?.textContent).toBe(onCoordinatorsScreen);
      expect(onCoordinatorsScreen).toBe(await fingerprintOf(otherKey));
    },
  );
});

it('confirms only the key the volunteer was shown, not one that arrived meanwhile', async () => {
  const database = new CartaDatabase(`pin-${crypto.randomUUID()}`);
  await joinedBeforePinning(database, firstKey);
  const server = serverWithKey(firstKey);
  await runSync({ database, fetch: server.fetch });
  server.holds(otherKey);
  await runSync({ database, fetch: server.fetch });

  expect(await confirmOfferedKey(database, 'AAAA BBBB CCCC DDDD')).toBe(false);
  expect((await database.group.get('current'))?.publicKey).toBe(firstKey.publicKeySpki);
  expect(await confirmOfferedKey(database, await fingerprintOf(otherKey))).toBe(true);
  expect(await database.group.get('current')).toMatchObject({
    publicKey: otherKey.publicKeySpki,
    publicKeyId: otherKey.keyId,
    pinnedKeyFingerprint: await fingerprintOf(otherKey),
    offeredKey: null,
  });
  database.close();
});
