import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../ui/DatabaseContext';
import type { GroupMembership } from '../../db/rows';
import { readSyncState } from '../../sync/syncState';

export interface MembershipView {
  membership: GroupMembership | null;
  /** The server refused the device's token: nothing is delivered until the member joins again. */
  needsRejoin: boolean;
  /** When the coordinator removed this phone from the group; null while it is a member. */
  removedAt: string | null;
}

/** The phone's group, or null when it has not joined one; undefined while loading. */
export function useMembership(): MembershipView | undefined {
  const database = useDatabase();
  return useLiveQuery(async () => {
    const membership = (await database.group.get('current')) ?? null;
    const state = await readSyncState(database);
    return {
      membership,
      needsRejoin: membership !== null && state.needsRejoin,
      removedAt: membership !== null ? state.removedAt : null,
    };
  }, [database]);
}
