import { useLiveQuery } from 'dexie-react-hooks';
import type { OutboxItem } from '../../db/rows';
import { isOwnSignature } from '../../domain/ownSignature';
import { useDatabase } from '../../ui/DatabaseContext';
import { latestFirst } from '../../domain/codePointOrder';

/**
 * The member's own signature on this case from this phone, newest first: undefined while it loads,
 * null when there is none. One the server refused does not count: Activity asks the member about
 * it, and they may sign again.
 */
export function useOwnSignature(caseId: string): OutboxItem | null | undefined {
  const database = useDatabase();
  return useLiveQuery(async () => {
    const signatures = await database.outbox
      .where('payload.caseId')
      .equals(caseId)
      .filter(
        (item) =>
          item.type === 'sign-up' && item.state !== 'rejected' && isOwnSignature(item.payload),
      )
      .toArray();
    return signatures.sort((a, b) => latestFirst(a.createdAt, b.createdAt))[0] ?? null;
  }, [database, caseId]);
}
