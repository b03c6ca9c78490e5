import type { Case } from '../domain/case';
import type { CartaDatabase } from './database';
import type { StoredCase } from './rows';

export interface BundleLoadResult {
  added: number;
  upgraded: number;
  kept: number;
}

/**
 * Puts the cases shipped with the app into the phone's database. A stored copy is replaced only
 * by a higher version, so a newer case that arrived from the group's server is never overwritten
 * by an older bundle, and an app update with revised content does reach phones that had the old.
 * A case the group withdrew after this version stays away.
 */
export async function loadBundledCases(
  database: CartaDatabase,
  bundle: readonly Case[],
): Promise<BundleLoadResult> {
  return database.transaction('rw', database.cases, database.syncState, async () => {
    const stored = await database.cases.bulkGet(bundle.map((c) => c.id));
    const withdrawn = (await database.syncState.get('sync'))?.withdrawnCases ?? {};
    const toWrite: StoredCase[] = [];
    const result: BundleLoadResult = { added: 0, upgraded: 0, kept: 0 };
    bundle.forEach((bundled, i) => {
      const existing = stored[i];
      if (bundled.version <= (withdrawn[bundled.id] ?? 0)) {
        result.kept += 1;
      } else if (!existing) {
        result.added += 1;
        toWrite.push({ ...bundled, origin: 'bundle' });
      } else if (bundled.version > existing.version) {
        result.upgraded += 1;
        toWrite.push({ ...bundled, origin: 'bundle' });
      } else {
        result.kept += 1;
      }
    });
    await database.cases.bulkPut(toWrite);
    return result;
  });
}
