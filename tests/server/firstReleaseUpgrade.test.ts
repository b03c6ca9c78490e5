import { createHash, randomUUID } from 'node:crypto';
import { count, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { DevicesResponse } from '../../src/domain/groupAdminProtocol';
import type { Case } from '../../src/domain/case';
import type { SignUpsResponse, SyncResponse } from '../../src/domain/syncProtocol';
import { setUpGroup } from '../../src/server/membership/groupSetup';
import { readCaseFiles, seedCases } from '../../src/server/seedCases';
import { openStore, type Store } from '../../src/server/store/openStore';
import {
  actionReports,
  cases,
  caseTotals,
  caseVersions,
  devices,
  groups,
  joinCodes,
  pushedItems,
  signUps,
} from '../../src/server/store/schema';
import { caseFixture, fixtureCasesDir } from './caseFixtures';
import { actionReport, appOver, joinAs, requestAs, sync } from './groupServer';
import { storeAsOf } from './storeAsOf';
import { createStoreTarget, storeKinds } from './storeTargets';

// A server in use carries its store across upgrades: whatever release wrote it, the current code
// must open it, keep every row and serve the phones that joined it. Two releases wrote stores:
// 0000 (the skeleton: cases seeded, nothing else) and 0000–0002 (the first one phones joined and
// synced with). The hashes below are written as those releases computed them, not with today's
// functions, so a change to how tokens, codes or payloads are hashed would show here.

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The first release's payload hash: sha256 of the item's type, createdAt and data, keys sorted. */
function firstReleasePayloadHash(item: { type: string; createdAt: string; data: unknown }) {
  const canonical = (value: unknown): string => {
    if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
    if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1));
      return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
    }
    return JSON.stringify(value);
  };
  return sha256(canonical({ type: item.type, createdAt: item.createdAt, data: item.data }));
}

const UA = 'ua-105-22';
const PETITION = 'peru-repression-petition';

/** What `npm start` does before it serves: set up (or find) the group, seed the bundled cases. */
async function startAsTheServerDoes(store: Store) {
  const setup = await setUpGroup(store, {
    groupName: 'Carta group',
    joinCode: undefined,
    coordinatorCode: undefined,
  });
  await seedCases(store, setup.group.id, await readCaseFiles(fixtureCasesDir));
  return setup;
}

async function rowsIn(store: Store) {
  const tables = {
    groups,
    joinCodes,
    devices,
    cases,
    caseVersions,
    pushedItems,
    actionReports,
    signUps,
    caseTotals,
  };
  const counts: Record<string, number> = {};
  for (const [name, table] of Object.entries(tables)) {
    const [row] = await store.db.select({ n: count() }).from(table);
    counts[name] = row?.n ?? 0;
  }
  return counts;
}

describe.each(storeKinds)('a %s store written by an earlier release', (kind) => {
  it('from the skeleton release (0000): takes the seeded cases into the group it now makes, and phones join and sync', async () => {
    const target = await createStoreTarget(kind);
    try {
      await storeAsOf(target.config, '0000_initial', async (execute) => {
        // The skeleton seeded the bundled cases and never wrote a group.
        for (const seeded of [caseFixture(UA, 1), caseFixture(PETITION, 1)]) {
          await execute(sql`insert into cases (id, version, data)
            values (${seeded.id}, 1, ${JSON.stringify(seeded)}::jsonb)`);
        }
      });

      const store = await openStore(target.config);
      try {
        const setup = await startAsTheServerDoes(store);
        expect(setup.created).toBe(true);
        if (!setup.created) return;
        expect(await rowsIn(store)).toMatchObject({ groups: 1, joinCodes: 2, cases: 2 });

        const app = appOver(store);
        const { token } = await joinAs(app, setup.codes.member);
        const report = actionReport(UA, { letter: 3 });
        const response = await sync(app, token, { cursor: null, push: [report] });
        expect(response.status).toBe(200);
        const body = (await response.json()) as SyncResponse;
        expect(body.results).toEqual([{ id: report.id, status: 'stored' }]);
        expect((body.cases as Case[]).map((c) => c.id).sort()).toEqual([PETITION, UA]);
        expect(body.totals[UA]).toEqual({ letter: 3 });
      } finally {
        await store.close();
      }
    } finally {
      await target.remove();
    }
  });

  it('from the first release phones synced with (0000–0002): keeps every row, and the old tokens, codes and totals work', async () => {
    const target = await createStoreTarget(kind);
    const groupId = randomUUID();
    const memberCodeId = randomUUID();
    const coordinatorCodeId = randomUUID();
    const memberDevice = randomUUID();
    const coordinatorDevice = randomUUID();
    const memberToken = 'old-member-token-from-the-first-release-0001';
    const coordinatorToken = 'old-coordinator-token-from-the-first-release';
    const memberCode = 'ABCD-EFGH-JKMN-PQRS';
    const coordinatorCode = 'TUVW-XYZ2-3456-789A';
    const stallSessionId = randomUUID();
    const reports = [
      actionReport(UA, { letter: 2, email: 1 }, { occurredOn: '2026-11-20' }),
      actionReport(UA, { call: 1 }, { occurredOn: '2026-11-21' }),
      actionReport(PETITION, { petition: 1 }, { occurredOn: '2026-11-21' }),
    ];
    // A sign-up as the stall release sealed it; its consent words were version 2026-11-v1.
    const signedUp = {
      id: randomUUID(),
      type: 'sign-up',
      createdAt: '2026-11-22T11:00:00.000Z',
      data: {
        caseId: PETITION,
        stallSessionId,
        consent: { petition: true, updates: true, textVersion: '2026-11-v1', language: 'es' },
        sealed: {
          alg: 'RSA-OAEP-256+A256GCM',
          keyId: 'old-key-id',
          wrappedKey: 'd3JhcHBlZA',
          iv: 'aXZpdml2aXZpdg',
          ciphertext: 'c2VhbGVkIHBlcnNvbmFsIGZpZWxkcw',
        },
      },
    };
    const editedCase = caseFixture(UA, 3, 'Edited by the group before the upgrade');
    try {
      await storeAsOf(target.config, '0002_group_public_key_id', async (execute) => {
        await execute(sql`insert into groups (id, name, public_key, public_key_id, created_at)
          values (${groupId}, 'Juliaca solidarity', ${'A'.repeat(400)}, 'old-key-id',
            '2026-11-01T10:00:00Z')`);
        await execute(sql`insert into join_codes (id, group_id, role, code_hash) values
          (${memberCodeId}, ${groupId}, 'member', ${sha256(memberCode.replace(/-/g, ''))}),
          (${coordinatorCodeId}, ${groupId}, 'coordinator',
            ${sha256(coordinatorCode.replace(/-/g, ''))})`);
        // A code rotated before the upgrade stays refused.
        await execute(sql`insert into join_codes (group_id, role, code_hash, revoked_at)
          values (${groupId}, 'member', ${sha256('OLDCODEOLDCODE22')}, '2026-11-10T00:00:00Z')`);
        await execute(sql`insert into devices (id, group_id, role, name, token_hash, join_code_id)
          values
          (${memberDevice}, ${groupId}, 'member', 'Ana’s phone', ${sha256(memberToken)},
            ${memberCodeId}),
          (${coordinatorDevice}, ${groupId}, 'coordinator', 'Coordinator laptop',
            ${sha256(coordinatorToken)}, ${coordinatorCodeId})`);
        for (const seeded of [editedCase, caseFixture(PETITION, 1)]) {
          await execute(sql`insert into cases (id, version, data)
            values (${seeded.id}, ${seeded.version}, ${JSON.stringify(seeded)}::jsonb)`);
        }
        for (const item of [...reports, signedUp]) {
          await execute(sql`insert into pushed_items
              (id, type, payload_hash, group_id, device_id, case_id, created_at)
            values (${item.id}, ${item.type}, ${firstReleasePayloadHash(item)}, ${groupId},
              ${memberDevice}, ${item.data.caseId}, ${item.createdAt})`);
        }
        for (const item of reports) {
          await execute(sql`insert into action_reports (item_id, actions, occurred_on)
            values (${item.id}, ${JSON.stringify(item.data.actions)}::jsonb,
              ${item.data.occurredOn})`);
        }
        await execute(sql`insert into sign_ups (item_id, stall_session_id, consent_petition,
            consent_updates, consent_text_version, consent_language, sealed)
          values (${signedUp.id}, ${stallSessionId}, true, true, '2026-11-v1', 'es',
            ${JSON.stringify(signedUp.data.sealed)}::jsonb)`);
        await execute(sql`insert into case_totals (group_id, case_id, action, count) values
          (${groupId}, ${UA}, 'letter', 2), (${groupId}, ${UA}, 'email', 1),
          (${groupId}, ${UA}, 'call', 1), (${groupId}, ${PETITION}, 'petition', 1),
          (${groupId}, ${PETITION}, 'signups', 1)`);
      });

      const store = await openStore(target.config);
      try {
        const setup = await startAsTheServerDoes(store);
        expect(setup).toMatchObject({ created: false, group: { id: groupId } });
        expect(await rowsIn(store)).toEqual({
          groups: 1,
          joinCodes: 3,
          devices: 2,
          cases: 2,
          // Each case's version at the upgrade, and the bundled petition's version 2 seeded at start.
          caseVersions: 3,
          pushedItems: 4,
          actionReports: 3,
          signUps: 1,
          caseTotals: 5,
        });

        const app = appOver(store);
        // The member's phone syncs with the token it was given by the first release. It never
        // heard its last report was stored, so sends it again, with one new one.
        const resent = reports[1];
        const fresh = actionReport(UA, { letter: 1 });
        const response = await sync(app, memberToken, { cursor: null, push: [resent, fresh] });
        expect(response.status).toBe(200);
        const body = (await response.json()) as SyncResponse;
        expect(body.results).toEqual([
          { id: resent?.id, status: 'duplicate' },
          { id: fresh.id, status: 'stored' },
        ]);
        expect(body.totals).toEqual({
          [UA]: { letter: 3, email: 1, call: 1 },
          [PETITION]: { petition: 1, signups: 1 },
        });
        // The group's edit made before the upgrade outlives the bundled copy seeded at start.
        expect((body.cases as Case[]).find((c) => c.id === UA)).toMatchObject({
          version: 3,
          title: expect.objectContaining({ en: 'Edited by the group before the upgrade' }),
        });

        // The coordinator's old token opens the coordinator endpoints on the old rows.
        const listed = await requestAs(app, coordinatorToken, 'GET', '/api/v1/devices');
        expect(listed.status).toBe(200);
        const { devices: phones } = (await listed.json()) as DevicesResponse;
        expect(phones.map((phone) => phone.name).sort()).toEqual([
          'Ana’s phone',
          'Coordinator laptop',
        ]);
        const signUpsAnswer = await requestAs(app, coordinatorToken, 'GET', '/api/v1/signups');
        expect(signUpsAnswer.status).toBe(200);
        const { signups } = (await signUpsAnswer.json()) as SignUpsResponse;
        expect(signups).toEqual([
          expect.objectContaining({
            id: signedUp.id,
            caseId: PETITION,
            sealed: signedUp.data.sealed,
          }),
        ]);
        const weekly = await requestAs(
          app,
          coordinatorToken,
          'GET',
          '/api/v1/totals?from=2026-11-16&to=2026-11-29&by=week',
        );
        expect(weekly.status).toBe(200);
        expect(JSON.stringify(await weekly.json())).toContain('"call":1');

        // The live codes of the first release still let a new phone join; the rotated one does not.
        expect((await joinAs(app, memberCode, 'New phone')).group.id).toBe(groupId);
        const refused = await app.request('/api/v1/join', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ code: 'OLDC-ODEO-LDCO-DE22', deviceName: 'Lost phone' }),
        });
        expect(refused.status).toBe(401);
      } finally {
        await store.close();
      }
    } finally {
      await target.remove();
    }
  });
});
