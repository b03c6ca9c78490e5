import { mkdtemp, rm, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCases } from '../../src/server/seedCases';
import { openStore, type Store } from '../../src/server/store/openStore';
import { caseFixture, fixtureCasesDir } from './caseFixtures';
import { listCasesChangedSince, upsertCases } from '../../src/server/store/caseRepository';

const bundledCasesDir = fileURLToPath(new URL('../../src/content/cases', import.meta.url));

let dataDir: string;
let store: Store;
const scratchDirs: string[] = [];

async function scratchContentDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'carta-content-'));
  scratchDirs.push(dir);
  return dir;
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'carta-seed-'));
  store = await openStore({ dataDir });
});

afterAll(async () => {
  await store?.close();
  await Promise.all([dataDir, ...scratchDirs].map((d) => rm(d, { recursive: true, force: true })));
});

async function storedCase(id: string) {
  const { cases } = await listCasesChangedSince(store.db, null);
  return cases.find((c) => c.id === id);
}

describe('seeding cases at start', () => {
  it('puts every case file of the content folder into the store, once', async () => {
    const first = await seedCases(store, fixtureCasesDir);
    expect(first.read).toBe(2);
    expect(first.written.sort()).toEqual(['peru-repression-petition', 'ua-105-22']);
    expect(await storedCase('ua-105-22')).toMatchObject({
      reference: 'UA 105.22',
      title: { es: 'Perú: justicia para las personas muertas en Juliaca' },
    });

    const again = await seedCases(store, fixtureCasesDir);
    expect(again).toEqual({ read: 2, written: [] });
  });

  it('keeps a newer copy already in the store over an older file', async () => {
    await upsertCases(store.db, [caseFixture('newer-in-store', 5, 'Edited by the coordinator')]);
    const dir = await scratchContentDir();
    await writeFile(
      join(dir, 'newer-in-store.json'),
      JSON.stringify(caseFixture('newer-in-store', 4, 'Bundled copy')),
    );
    expect((await seedCases(store, dir)).written).toEqual([]);
    expect((await storedCase('newer-in-store'))?.title.en).toBe('Edited by the coordinator');
  });

  it('stops with the file name when a case file does not match the schema, writing nothing', async () => {
    const dir = await scratchContentDir();
    await writeFile(join(dir, 'a-valid-case.json'), JSON.stringify(caseFixture('a-valid-case', 1)));
    const broken = { ...caseFixture('z-broken-case', 1), country: 'Peru' };
    await writeFile(join(dir, 'z-broken-case.json'), JSON.stringify(broken));

    const failure = seedCases(store, dir);
    await expect(failure).rejects.toThrow(/z-broken-case\.json/);
    await expect(failure).rejects.toThrow(/country/);
    expect(await storedCase('a-valid-case')).toBeUndefined();
  });

  it('stops with the file name when a case file is not JSON', async () => {
    const dir = await scratchContentDir();
    await copyFile(join(fixtureCasesDir, 'ua-105-22.json'), join(dir, 'ua-105-22.json'));
    await writeFile(join(dir, 'half-written.json'), '{ "id": "half-written", ');
    await expect(seedCases(store, dir)).rejects.toThrow(/half-written\.json is not valid JSON/);
  });

  it('stops when a file is not named after the case it holds', async () => {
    const dir = await scratchContentDir();
    await writeFile(join(dir, 'ua-10522.json'), JSON.stringify(caseFixture('ua-105-22', 1)));
    await expect(seedCases(store, dir)).rejects.toThrow(/must be named ua-105-22\.json/);
  });

  it('stops with the folder name when the content folder is missing', async () => {
    await expect(seedCases(store, '/nonexistent/cases')).rejects.toThrow(/\/nonexistent\/cases/);
  });

  it('seeds the three demo cases bundled with the app', async () => {
    const seeded = await seedCases(store, bundledCasesDir);
    expect(seeded.read).toBe(3);
    for (const id of ['ua-105-22', 'juliaca-victims-association', 'peru-repression-petition']) {
      expect(await storedCase(id), id).toBeDefined();
    }
  });
});
