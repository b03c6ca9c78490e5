import { sql } from 'drizzle-orm';
import type { TotalsAction, TotalsQuery, TotalsResponse } from '../../domain/groupAdminProtocol';
import { periodStarts } from '../../domain/totalsPeriods';
import { selectRows, type StoreDatabase } from './storeDatabase';

interface PeriodRow {
  start: string;
  case_id: string;
  action: TotalsAction;
  count: number;
}

/**
 * The group's actions per period, case and action type, added up in SQL. Reports count on the day
 * the member says they acted (`occurred_on`); sign-ups on the day the phone saved them, read in
 * UTC. Sign-ups are counted from `pushed_items`, which outlives the deleted sign-up contents, so
 * the figures stay the same after an export or the retention clean-up.
 *
 * Dates are cast to `timestamp` (no time zone) before `date_trunc`, so the session's time zone can
 * never move a report into the neighbouring week on one store and not on the other.
 */
export async function totalsOverTime(
  db: StoreDatabase,
  groupId: string,
  { from, to, by }: TotalsQuery,
): Promise<TotalsResponse> {
  const rows = await selectRows<PeriodRow>(
    db,
    sql`
    select date_trunc(${by}::text, r.occurred_on::timestamp)::date::text as start,
           p.case_id, a.key as action, sum(a.value::bigint) as count
      from action_reports r
      join pushed_items p on p.group_id = r.group_id and p.id = r.item_id
      cross join lateral jsonb_each_text(r.actions) a
      where r.group_id = ${groupId}::uuid
        and r.occurred_on between ${from}::date and ${to}::date
      group by 1, 2, 3
    union all
    select date_trunc(${by}::text, p.created_at at time zone 'UTC')::date::text as start,
           p.case_id, 'signups' as action, count(*) as count
      from pushed_items p
      where p.group_id = ${groupId}::uuid and p.type = 'sign-up'
        and (p.created_at at time zone 'UTC')::date between ${from}::date and ${to}::date
      group by 1, 2
  `,
  );
  const periods = periodStarts(from, to, by).map((start) => ({
    start,
    cases: {} as TotalsResponse['periods'][number]['cases'],
  }));
  const byStart = new Map(periods.map((period) => [period.start, period]));
  for (const row of rows) {
    const period = byStart.get(row.start);
    // Cannot happen while SQL and periodStarts agree on weeks and months; a row is never invented.
    if (!period) throw new Error(`Totals row for ${row.start} outside the periods asked for`);
    (period.cases[row.case_id] ??= {})[row.action] = Number(row.count);
  }
  return { from, to, by, periods };
}
