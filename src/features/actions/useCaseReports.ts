import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../ui/DatabaseContext';
import type { OutboxItem } from '../../db/rows';
import type { ActionReportData } from '../../domain/syncProtocol';
import { latestFirst } from '../../domain/codePointOrder';

export interface CaseReport extends OutboxItem {
  payload: ActionReportData;
}

/** The member's own reports on one case, newest first, whatever their delivery state. */
export function useCaseReports(caseId: string): CaseReport[] | undefined {
  const database = useDatabase();
  return useLiveQuery(async () => {
    const items = await database.outbox.where('payload.caseId').equals(caseId).toArray();
    return items
      .filter((item): item is CaseReport => item.type === 'action-report')
      .sort((a, b) => latestFirst(a.createdAt, b.createdAt));
  }, [database, caseId]);
}
