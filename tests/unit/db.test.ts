import { afterEach, describe, expect, it } from 'vitest';
import { bundledCases } from '../../src/content/bundledCases';
import { loadBundledCases } from '../../src/db/loadBundledCases';
import { openWithBundledCases } from '../../src/db/openWithBundledCases';
import { CartaDatabase } from '../../src/db/database';
import type { Case } from '../../src/domain/case';

const opened: CartaDatabase[] = [];

function freshDatabase(): CartaDatabase {
  const database = new CartaDatabase(`test-${crypto.randomUUID()}`);
  opened.push(database);
  return database;
}

afterEach(async () => {
  await Promise.all(opened.splice(0).map((database) => database.delete()));
});

function uaCase(): Case {
  const found = bundledCases.find((c) => c.id === 'ua-105-22');
  if (!found) throw new Error('UA 105.22 is missing from the bundle');
  return found;
}

describe('bundled cases on the phone', () => {
  it('puts every bundled case into an empty database on first run', async () => {
    const database = freshDatabase();

    const result = await loadBundledCases(database, bundledCases);

    expect(result).toEqual({ added: bundledCases.length, upgraded: 0, kept: 0 });
    const stored = await database.cases.toArray();
    expect(stored.map((c) => c.id).sort()).toEqual(bundledCases.map((c) => c.id).sort());
    expect(stored.every((c) => c.origin === 'bundle')).toBe(true);
    expect(await database.cases.get('ua-105-22')).toMatchObject({
      reference: { en: 'UA 105.22', es: 'AU 105/22' },
    });
  });

  it('changes nothing when the same bundle loads again on the next start', async () => {
    const database = freshDatabase();
    await loadBundledCases(database, bundledCases);
    const before = await database.cases.toArray();

    const result = await loadBundledCases(database, bundledCases);

    expect(result).toEqual({ added: 0, upgraded: 0, kept: bundledCases.length });
    expect(await database.cases.toArray()).toEqual(before);
  });

  it('replaces a stored case when an app update ships a higher version of it', async () => {
    const database = freshDatabase();
    await loadBundledCases(database, bundledCases);
    const revised: Case = {
      ...uaCase(),
      version: uaCase().version + 1,
      summary: { en: 'Revised summary.', es: 'Resumen revisado.' },
    };

    const result = await loadBundledCases(database, [revised]);

    expect(result).toEqual({ added: 0, upgraded: 1, kept: 0 });
    expect(await database.cases.get('ua-105-22')).toMatchObject({
      version: revised.version,
      summary: { en: 'Revised summary.' },
      origin: 'bundle',
    });
  });

  it("keeps a newer copy from the group's server over an older bundle", async () => {
    const database = freshDatabase();
    const fromServer = {
      ...uaCase(),
      version: uaCase().version + 5,
      title: { en: 'Updated by the coordinator', es: 'Actualizado por la coordinación' },
      origin: 'server' as const,
    };
    await database.cases.put(fromServer);

    const result = await loadBundledCases(database, bundledCases);

    expect(result.kept).toBe(1);
    expect(await database.cases.get('ua-105-22')).toEqual(fromServer);
  });
});

describe('opening the database at start', () => {
  function memoryStamps() {
    let stamp: string | null = null;
    return { get: () => stamp, set: (next: string) => void (stamp = next) };
  }

  it('reads the bundle on the first start of a build, skips it on the next, and reads it after an update', async () => {
    const database = freshDatabase();
    const stamps = memoryStamps();
    let bundleDownloads = 0;
    const bundleOf = (cases: readonly Case[]) => async () => {
      bundleDownloads += 1;
      return cases;
    };

    await openWithBundledCases(database, '/assets/index-A.js', stamps, bundleOf(bundledCases));
    expect(bundleDownloads).toBe(1);
    expect(await database.cases.count()).toBe(bundledCases.length);

    database.close();
    await openWithBundledCases(database, '/assets/index-A.js', stamps, bundleOf(bundledCases));
    expect(bundleDownloads).toBe(1);

    const revised = { ...uaCase(), version: uaCase().version + 1 };
    database.close();
    await openWithBundledCases(database, '/assets/index-B.js', stamps, bundleOf([revised]));
    expect(bundleDownloads).toBe(2);
    expect((await database.cases.get('ua-105-22'))?.version).toBe(revised.version);
  });

  it('fills a database emptied behind its back even when the build is the same', async () => {
    const database = freshDatabase();
    const stamps = memoryStamps();
    await openWithBundledCases(database, '/assets/index-A.js', stamps, async () => bundledCases);
    await database.cases.clear();
    database.close();

    await openWithBundledCases(database, '/assets/index-A.js', stamps, async () => bundledCases);

    expect(await database.cases.count()).toBe(bundledCases.length);
  });
});
