import { randomUUID } from 'node:crypto';
import { count, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { payloadHash } from '../../src/server/push/payloadHash';
import {
  listCasesChangedSince,
  listCaseVersions,
  upsertCases,
} from '../../src/server/store/caseRepository';
import { openStore } from '../../src/server/store/openStore';
import { storePushedItems } from '../../src/server/store/pushedItemRepository';
import { actionReports, cases, groups } from '../../src/server/store/schema';
import { listSignUps } from '../../src/server/store/signUpRepository';
import type { PushItem } from '../../src/domain/syncProtocol';
import { caseFixture } from './caseFixtures';
import { actionReport, signUp } from './groupServer';
import { storeAsOf } from './storeAsOf';
import { createStoreTarget, storeKinds } from './storeTargets';

/** The last migration before cases and pushed items were keyed by group. */
const BEFORE_GROUP_CASES = '0002_group_public_key_id';

describe.each(storeKinds)('a %s store in use when cases became a group’s own', (kind) => {
  it('gives its cases, reports and sign-ups to the first group, and still knows every item', async () => {
    const target = await createStoreTarget(kind);
    const firstGroup = randomUUID();
    const laterGroup = randomUUID();
    const deviceId = randomUUID();
    const report = actionReport('ua-105-22', { letter: 2 }) as PushItem;
    const signedUp = signUp('ua-105-22') as PushItem;
    try {
      await storeAsOf(target.config, BEFORE_GROUP_CASES, async (execute) => {
        // The later group is inserted first: "first" means created first, as the server has it.
        await execute(sql`insert into groups (id, name, created_at) values
          (${laterGroup}, 'Later group', '2026-03-01T00:00:00Z'),
          (${firstGroup}, 'Juliaca solidarity', '2026-01-01T00:00:00Z')`);
        const codeId = randomUUID();
        await execute(sql`insert into join_codes (id, group_id, role, code_hash)
          values (${codeId}, ${firstGroup}, 'member', 'old-code-hash')`);
        await execute(sql`insert into devices (id, group_id, role, name, token_hash, join_code_id)
          values (${deviceId}, ${firstGroup}, 'member', 'Ana’s phone', 'old-token-hash', ${codeId})`);
        const stored = caseFixture('ua-105-22', 2, 'Edited before the upgrade');
        await execute(sql`insert into cases (id, version, data)
          values ('ua-105-22', 2, ${JSON.stringify(stored)}::jsonb)`);
        for (const item of [report, signedUp]) {
          await execute(sql`insert into pushed_items
            (id, type, payload_hash, group_id, device_id, case_id, created_at)
            values (${item.id}, ${item.type}, ${payloadHash(item)}, ${firstGroup}, ${deviceId},
              'ua-105-22', ${item.createdAt})`);
        }
        await execute(sql`insert into action_reports (item_id, actions, occurred_on)
          values (${report.id}, '{"letter": 2}'::jsonb, '2026-11-22')`);
        if (signedUp.type !== 'sign-up') throw new Error('not a sign-up');
        await execute(sql`insert into sign_ups (item_id, stall_session_id, consent_petition,
            consent_updates, consent_text_version, consent_language, sealed)
          values (${signedUp.id}, ${signedUp.data.stallSessionId}, true, false,
            'petition-2026-11', 'es', ${JSON.stringify(signedUp.data.sealed)}::jsonb)`);
      });

      const store = await openStore(target.config);
      try {
        const theirs = await listCasesChangedSince(store.db, firstGroup, null);
        expect(theirs.cases).toEqual([
          expect.objectContaining({
            id: 'ua-105-22',
            version: 2,
            title: expect.objectContaining({ en: 'Edited before the upgrade' }),
          }),
        ]);
        expect((await listCasesChangedSince(store.db, laterGroup, null)).cases).toEqual([]);
        expect(await listCaseVersions(store.db, firstGroup, 'ua-105-22')).toEqual([
          { version: 2, publishedAt: expect.any(Date), publishedBy: null },
        ]);

        expect((await listSignUps(store.db, firstGroup)).signups.map((s) => s.id)).toEqual([
          signedUp.id,
        ]);
        const [reportRow] = await store.db
          .select({ groupId: actionReports.groupId })
          .from(actionReports)
          .where(eq(actionReports.itemId, report.id));
        expect(reportRow).toEqual({ groupId: firstGroup });

        // A phone that never heard its report was delivered sends it again after the upgrade.
        const again = await storePushedItems(store.db, { id: deviceId, groupId: firstGroup }, [
          { item: report, hash: payloadHash(report) },
        ]);
        expect(again.get(report.id)).toBe('duplicate');
      } finally {
        await store.close();
      }
    } finally {
      await target.remove();
    }
  });

  it('drops seeded cases of a store that never made its group, so the next start seeds them again', async () => {
    const target = await createStoreTarget(kind);
    try {
      await storeAsOf(target.config, BEFORE_GROUP_CASES, async (execute) => {
        const seeded = caseFixture('ua-105-22', 1);
        await execute(sql`insert into cases (id, version, data)
          values ('ua-105-22', 1, ${JSON.stringify(seeded)}::jsonb)`);
      });

      const store = await openStore(target.config);
      try {
        expect(await store.db.select({ n: count() }).from(cases)).toEqual([{ n: 0 }]);
        const [group] = await store.db
          .insert(groups)
          .values({ name: 'Made at last' })
          .returning({ id: groups.id });
        if (!group) throw new Error('The group was not created');
        expect(await upsertCases(store.db, group.id, [caseFixture('ua-105-22', 1)])).toEqual([
          'ua-105-22',
        ]);
      } finally {
        await store.close();
      }
    } finally {
      await target.remove();
    }
  });
});
