import { useLiveQuery } from 'dexie-react-hooks';
import type { Profile } from '../../db/rows';
import { useDatabase } from '../../ui/DatabaseContext';

/** The member's details: undefined while loading, null until they have entered them. */
export function useProfile(): Profile | null | undefined {
  const database = useDatabase();
  return useLiveQuery(async () => (await database.profile.get('me')) ?? null, [database]);
}
