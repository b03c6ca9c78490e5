import { mkdtemp, rm, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCaseFiles, seedCases } from '../../src/server/seedCases';
import { openStore, type Store } from '../../src/server/store/openStore';
import { caseFixture, fixtureCasesDir } from './caseFixtures';
import { createOtherGroup } from './groupServer';
import { createStoreTarget, storeKinds, type StoreTarget } from './storeTargets';
import {
  listCasesChangedSince,
  listCaseVersions,
  upsertCases,
} from '../../src/server/store/caseRepository';

const bundledCasesDir = fileURLToPath(new URL('../../src/content/cases', import.meta.url));

describe.each(storeKinds)('seeding cases at start on %s', (kind) => {
  let target: StoreTarget;
  let store: Store;
  let groupId: string;
  const scratchDirs: string[] = [];

  async function scratchContentDir(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'carta-content-'));
    scratchDirs.push(dir);
    return dir;
  }

  beforeAll(async () => {
    target = await createStoreTarget(kind);
    store = await openStore(target.config);
    groupId = (await createOtherGroup(store, 'Seeded group')).groupId;
  });

  afterAll(async () => {
    await store?.close();
    await target?.remove();
    await Promise.all(scratchDirs.map((d) => rm(d, { recursive: true, force: true })));
  });

  async function storedCase(id: string, inGroup = groupId) {
    const { cases } = await listCasesChangedSince(store.db, inGroup, null);
    return cases.find((c) => c.id === id);
  }

  async function seedFrom(dir: string, inGroup = groupId) {
    return seedCases(store, inGroup, await readCaseFiles(dir));
  }

  it('puts every case file of the content folder into the group, once', async () => {
    const cases = await readCaseFiles(fixtureCasesDir);
    expect(cases).toHaveLength(2);
    const first = await seedCases(store, groupId, cases);
    expect(first.sort()).toEqual(['peru-repression-petition', 'ua-105-22']);
    expect(await storedCase('ua-105-22')).toMatchObject({
      reference: { en: 'UA 105.22', es: 'UA 105.22' },
      title: { es: 'Perú: justicia para las personas muertas en Juliaca' },
    });

    expect(await seedFrom(fixtureCasesDir)).toEqual([]);
  });

  it('records a seeded case as a version nobody published', async () => {
    expect(await listCaseVersions(store.db, groupId, 'ua-105-22')).toEqual([
      { version: 1, publishedAt: expect.any(Date), publishedBy: null },
    ]);
  });

  it('leaves another group without the cases seeded into this one', async () => {
    const other = await createOtherGroup(store, 'A group that seeded nothing');
    expect(await storedCase('ua-105-22', other.groupId)).toBeUndefined();
    expect((await listCasesChangedSince(store.db, other.groupId, null)).cases).toEqual([]);
  });

  it('keeps a newer copy already in the group over an older file', async () => {
    await upsertCases(store.db, groupId, [
      caseFixture('newer-in-store', 5, 'Edited by the coordinator'),
    ]);
    const dir = await scratchContentDir();
    await writeFile(
      join(dir, 'newer-in-store.json'),
      JSON.stringify(caseFixture('newer-in-store', 4, 'Bundled copy')),
    );
    expect(await seedFrom(dir)).toEqual([]);
    expect((await storedCase('newer-in-store'))?.title.en).toBe('Edited by the coordinator');
  });

  it('stops with the file name when a case file does not match the schema, writing nothing', async () => {
    const dir = await scratchContentDir();
    await writeFile(join(dir, 'a-valid-case.json'), JSON.stringify(caseFixture('a-valid-case', 1)));
    const broken = { ...caseFixture('z-broken-case', 1), country: 'Peru' };
    await writeFile(join(dir, 'z-broken-case.json'), JSON.stringify(broken));

    const failure = seedFrom(dir);
    await expect(failure).rejects.toThrow(/z-broken-case\.json/);
    await expect(failure).rejects.toThrow(/country/);
    expect(await storedCase('a-valid-case')).toBeUndefined();
  });

  it('stops with the file name when a case file is not JSON', async () => {
    const dir = await scratchContentDir();
    await copyFile(join(fixtureCasesDir, 'ua-105-22.json'), join(dir, 'ua-105-22.json'));
    await writeFile(join(dir, 'half-written.json'), '{ "id": "half-written", ');
    await expect(seedFrom(dir)).rejects.toThrow(/half-written\.json is not valid JSON/);
  });

  it('stops when a file is not named after the case it holds', async () => {
    const dir = await scratchContentDir();
    await writeFile(join(dir, 'ua-10522.json'), JSON.stringify(caseFixture('ua-105-22', 1)));
    await expect(seedFrom(dir)).rejects.toThrow(/must be named ua-105-22\.json/);
  });

  it('stops with the folder name when the content folder is missing', async () => {
    await expect(seedFrom('/nonexistent/cases')).rejects.toThrow(/\/nonexistent\/cases/);
  });

  it('seeds the three demo cases bundled with the app', async () => {
    const bundled = await readCaseFiles(bundledCasesDir);
    expect(bundled).toHaveLength(3);
    await seedCases(store, groupId, bundled);
    for (const id of ['ua-105-22', 'juliaca-victims-association', 'peru-repression-petition']) {
      expect(await storedCase(id), id).toBeDefined();
    }
  });
});
