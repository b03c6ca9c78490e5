import type { Case } from '../domain/case';
import type { CartaDatabase } from './database';
import { loadBundledCases } from './loadBundledCases';

/** Where the phone remembers which build last put its bundled cases into the database. */
export interface BundleStampStore {
  get(): string | null;
  set(stamp: string): void;
}

/**
 * Opens the database with this build's bundled cases in it. `stamp` names the build (it changes
 * whenever the bundled cases do): on every later start of the same build the bundle has nothing
 * new, so its download and its read-write transaction, most of what a warm start would otherwise
 * wait for, are skipped.
 */
export async function openWithBundledCases(
  database: CartaDatabase,
  stamp: string,
  stamps: BundleStampStore,
  loadBundle: () => Promise<readonly Case[]>,
): Promise<void> {
  await database.open();
  // Site data cleared in part (the database without localStorage) must not leave it empty.
  if (stamps.get() === stamp && (await database.cases.count()) > 0) return;
  await loadBundledCases(database, await loadBundle());
  stamps.set(stamp);
}

/** The stamp store on a real phone; blocked storage only means the bundle is checked each start. */
export const localStorageBundleStamps = (key: string): BundleStampStore => ({
  get: () => {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set: (stamp) => {
    try {
      localStorage.setItem(key, stamp);
    } catch {
      // See above.
    }
  },
});
