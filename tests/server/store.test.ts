import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app';
import { openStore, type Store } from '../../src/server/store/openStore';
import { caseFixture } from './caseFixtures';
import { createOtherGroup } from './groupServer';
import { createStoreTarget, storeKinds, type StoreTarget } from './storeTargets';
import { listCasesChangedSince, upsertCases } from '../../src/server/store/caseRepository';

const quiet = () => {};

const migrationJournal = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../../src/server/store/migrations/meta/_journal.json', import.meta.url)),
    'utf8',
  ),
) as { entries: unknown[] };

describe.each(storeKinds)('the %s store', (kind) => {
  let target: StoreTarget;
  let store: Store;
  let groupId: string;

  beforeAll(async () => {
    target = await createStoreTarget(kind);
    store = await openStore(target.config);
    groupId = (await createOtherGroup(store, 'Store test group')).groupId;
  });

  afterAll(async () => {
    await store?.close();
    await target?.remove();
  });

  it(`reports itself as ${kind} and answers a ping`, async () => {
    expect(store.kind).toBe(kind);
    await expect(store.ping()).resolves.toBeUndefined();
  });

  it('applies its migrations once, and opening it again changes nothing', async () => {
    await upsertCases(store.db, groupId, [caseFixture('kept-across-reopen', 1)]);
    const reopened = await openStore(target.config);
    try {
      const applied = await reopened.db
        .select({ count: sql<number>`count(*)::int` })
        .from(sql`drizzle.__drizzle_migrations`);
      expect(applied).toEqual([{ count: migrationJournal.entries.length }]);
      const { cases } = await listCasesChangedSince(reopened.db, groupId, null);
      expect(cases.map((c) => c.id)).toContain('kept-across-reopen');
    } finally {
      await reopened.close();
    }
  });

  it('keeps the higher version of a case whichever order the copies arrive in', async () => {
    expect(
      await upsertCases(store.db, groupId, [caseFixture('ua-kept', 2, 'Second edit')]),
    ).toEqual(['ua-kept']);
    expect(await upsertCases(store.db, groupId, [caseFixture('ua-kept', 1, 'Stale copy')])).toEqual(
      [],
    );
    expect(
      await upsertCases(store.db, groupId, [caseFixture('ua-kept', 2, 'Same version again')]),
    ).toEqual([]);

    let { cases } = await listCasesChangedSince(store.db, groupId, null);
    expect(cases.find((c) => c.id === 'ua-kept')).toMatchObject({
      version: 2,
      title: { en: 'Second edit' },
    });

    expect(await upsertCases(store.db, groupId, [caseFixture('ua-kept', 3, 'Third edit')])).toEqual(
      ['ua-kept'],
    );
    ({ cases } = await listCasesChangedSince(store.db, groupId, null));
    expect(cases.find((c) => c.id === 'ua-kept')).toMatchObject({
      version: 3,
      title: { en: 'Third edit' },
    });
  });

  it('takes the highest version when one batch holds two copies of a case', async () => {
    const written = await upsertCases(store.db, groupId, [
      caseFixture('ua-batch', 4, 'Newest'),
      caseFixture('ua-batch', 2, 'Older'),
    ]);
    expect(written).toEqual(['ua-batch']);
    const { cases } = await listCasesChangedSince(store.db, groupId, null);
    expect(cases.find((c) => c.id === 'ua-batch')?.title.en).toBe('Newest');
  });

  it('gives a phone only the cases that changed since its cursor', async () => {
    await upsertCases(store.db, groupId, [caseFixture('cursor-a', 1), caseFixture('cursor-b', 1)]);
    const before = await listCasesChangedSince(store.db, groupId, null);
    expect(before.cursor).not.toBeNull();

    const nothingYet = await listCasesChangedSince(store.db, groupId, before.cursor);
    expect(nothingYet).toEqual({ cases: [], cursor: before.cursor });

    await upsertCases(store.db, groupId, [caseFixture('cursor-b', 2), caseFixture('cursor-c', 1)]);
    // A stale copy is not a change, so it must not show up either.
    await upsertCases(store.db, groupId, [caseFixture('cursor-a', 1)]);

    const changed = await listCasesChangedSince(store.db, groupId, before.cursor);
    expect(changed.cases.map((c) => [c.id, c.version])).toEqual([
      ['cursor-b', 2],
      ['cursor-c', 1],
    ]);
    expect(changed.cursor).not.toBe(before.cursor);
    expect(await listCasesChangedSince(store.db, groupId, changed.cursor)).toEqual({
      cases: [],
      cursor: changed.cursor,
    });
  });

  it('keeps each group’s cases apart, even under the same id', async () => {
    const other = await createOtherGroup(store, 'Another group');
    await upsertCases(store.db, groupId, [caseFixture('shared-slug', 1, 'Ours')]);
    await upsertCases(store.db, other.groupId, [caseFixture('shared-slug', 3, 'Theirs')]);

    const ours = await listCasesChangedSince(store.db, groupId, null);
    const theirs = await listCasesChangedSince(store.db, other.groupId, null);

    expect(ours.cases.find((c) => c.id === 'shared-slug')).toMatchObject({
      version: 1,
      title: { en: 'Ours' },
    });
    expect(theirs.cases).toEqual([
      expect.objectContaining({
        id: 'shared-slug',
        version: 3,
        title: expect.objectContaining({ en: 'Theirs' }),
      }),
    ]);
  });

  it('refuses a cursor it never handed out', async () => {
    await expect(listCasesChangedSince(store.db, groupId, 'not-a-cursor')).rejects.toThrow(
      /cursor/,
    );
    await expect(listCasesChangedSince(store.db, groupId, '-1')).rejects.toThrow(/cursor/);
  });

  it('answers the health check with its kind', async () => {
    const app = createApp({ store, distDir: '/nonexistent', log: quiet });
    const response = await app.request('/api/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, store: kind });
  });

  it('makes the health check answer 503 when the database is gone', async () => {
    const goneTarget = await createStoreTarget(kind);
    const gone = await openStore(goneTarget.config);
    await gone.close();
    try {
      const app = createApp({ store: gone, distDir: '/nonexistent', log: quiet });
      const response = await app.request('/api/health');
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({
        error: { code: 'store_unavailable', message: expect.any(String) },
      });
    } finally {
      await goneTarget.remove();
    }
  });
});
