import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../ui/DatabaseContext';
import type { StoredGroupKey } from '../../db/rows';

/** The passphrase-locked key on this phone; null when there is none, undefined while loading. */
export function useStoredGroupKey(): StoredGroupKey | null | undefined {
  const database = useDatabase();
  return useLiveQuery(async () => (await database.groupKey.get('current')) ?? null, [database]);
}
