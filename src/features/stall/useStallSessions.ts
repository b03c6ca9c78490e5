import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../ui/DatabaseContext';
import { openKioskSession } from '../../db/openKiosk';
import type { StallSession } from '../../db/rows';

export interface StallSessionsView {
  /** The stall still running on this phone, if any: there is at most one. */
  current: StallSession | null;
  earlier: StallSession[];
}

export function useStallSessions(): StallSessionsView | undefined {
  const database = useDatabase();
  return useLiveQuery(async () => {
    const sessions = await database.stallSessions.orderBy('startedAt').reverse().toArray();
    return {
      current: sessions.find((s) => s.endedAt === null) ?? null,
      earlier: sessions.filter((s) => s.endedAt !== null),
    };
  }, [database]);
}

/** The session whose kiosk is open; while there is one, the kiosk is all the phone shows. */
export function useOpenKiosk(): StallSession | null | undefined {
  const database = useDatabase();
  return useLiveQuery(() => openKioskSession(database), [database]);
}
