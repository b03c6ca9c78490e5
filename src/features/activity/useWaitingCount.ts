import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../ui/DatabaseContext';
import { countWaiting } from '../../sync/waitingCount';

/** Records saved on this phone and not yet delivered; 0 while the count loads. */
export function useWaitingCount(): number {
  const database = useDatabase();
  return useLiveQuery(() => countWaiting(database), [database]) ?? 0;
}
