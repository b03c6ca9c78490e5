import { and, eq, gt } from 'drizzle-orm';
import type { GroupTotals } from '../../domain/syncProtocol';
import { caseTotals } from './schema';
import type { StoreDatabase } from './storeDatabase';

/** The group's totals per case and action type, plus sign-ups, with only the non-zero counts. */
export async function groupTotals(db: StoreDatabase, groupId: string): Promise<GroupTotals> {
  const rows = await db
    .select({ caseId: caseTotals.caseId, action: caseTotals.action, count: caseTotals.count })
    .from(caseTotals)
    .where(and(eq(caseTotals.groupId, groupId), gt(caseTotals.count, 0)));
  const totals: GroupTotals = {};
  for (const { caseId, action, count } of rows) {
    (totals[caseId] ??= {})[action] = count;
  }
  return totals;
}
