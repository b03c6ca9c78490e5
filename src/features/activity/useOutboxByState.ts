import { useLiveQuery } from 'dexie-react-hooks';
import { Dexie } from 'dexie';
import { useDatabase } from '../../ui/DatabaseContext';
import type { OutboxItem } from '../../db/rows';

/** How many delivered records the Activity tab lists; older ones only matter as group totals. */
export const DELIVERED_SHOWN = 50;

export interface OutboxView {
  waiting: OutboxItem[];
  rejected: OutboxItem[];
  delivered: OutboxItem[];
}

export function useOutboxByState(): OutboxView | undefined {
  const database = useDatabase();
  return useLiveQuery(async () => {
    const inState = (state: OutboxItem['state']) =>
      database.outbox
        .where('[state+createdAt]')
        .between([state, Dexie.minKey], [state, Dexie.maxKey]);
    const [waiting, rejected, delivered] = await Promise.all([
      inState('pending').toArray(),
      inState('rejected').toArray(),
      inState('sent').reverse().limit(DELIVERED_SHOWN).toArray(),
    ]);
    return { waiting, rejected, delivered };
  }, [database]);
}
