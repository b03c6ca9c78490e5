// The figures of the coordinator's "actions over time" screen, worked out from the server's
// totals per case and period: what the chart draws, what the table lists, what the section office
// is told. One place, so the three can never disagree.
import { csvCell } from './signupCsv';
import type {
  ActionCounts,
  TotalsAction,
  TotalsPeriod,
  TotalsResponse,
} from './groupAdminProtocol';
import { TOTALS_ACTIONS } from './groupAdminProtocol';

export interface DateRange {
  from: string;
  to: string;
}

export interface PeriodFigures {
  start: string;
  counts: ActionCounts;
  total: number;
}

export interface CaseFigures {
  caseId: string;
  counts: ActionCounts;
  total: number;
}

const MS_PER_DAY = 86_400_000;

function toDay(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY;
}

function fromDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromDay(toDay(iso) + days);
}

/** The Monday of the ISO week holding the day. */
export function weekStart(iso: string): string {
  const weekday = (new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(iso, -weekday);
}

export function monthStart(iso: string): string {
  return `${iso.slice(0, 7)}-01`;
}

/**
 * The range a coordinator first sees: the last twelve whole weeks to today, or the last six
 * months, each starting on its period's first day so no column is cut short.
 */
export function defaultRange(today: string, by: TotalsPeriod): DateRange {
  if (by === 'week') return { from: addDays(weekStart(today), -11 * 7), to: today };
  const [year, month] = today.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(year, month - 1 - 5, 1));
  return { from: first.toISOString().slice(0, 10), to: today };
}

/** The range just before, as long as this one: what "compared with the previous period" means. */
export function previousRange({ from, to }: DateRange): DateRange {
  const length = toDay(to) - toDay(from) + 1;
  return { from: addDays(from, -length), to: addDays(from, -1) };
}

export function countTotal(counts: ActionCounts): number {
  return TOTALS_ACTIONS.reduce((sum, action) => sum + (counts[action] ?? 0), 0);
}

function addInto(target: ActionCounts, counts: ActionCounts): void {
  for (const action of TOTALS_ACTIONS) {
    const count = counts[action];
    if (count) target[action] = (target[action] ?? 0) + count;
  }
}

/** `null` means every case. */
function chosen(caseIds: ReadonlySet<string> | null, caseId: string): boolean {
  return caseIds === null || caseIds.has(caseId);
}

/** Per period, the chosen cases added up: one column of the chart, one row of the table. */
export function figuresByPeriod(
  totals: TotalsResponse,
  caseIds: ReadonlySet<string> | null = null,
): PeriodFigures[] {
  return totals.periods.map((period) => {
    const counts: ActionCounts = {};
    for (const [caseId, caseCounts] of Object.entries(period.cases)) {
      if (chosen(caseIds, caseId)) addInto(counts, caseCounts);
    }
    return { start: period.start, counts, total: countTotal(counts) };
  });
}

/** Per case over the whole range, most active first: the lines of the section office's summary. */
export function figuresByCase(
  totals: TotalsResponse,
  caseIds: ReadonlySet<string> | null = null,
): CaseFigures[] {
  const byCase = new Map<string, ActionCounts>();
  for (const period of totals.periods) {
    for (const [caseId, counts] of Object.entries(period.cases)) {
      if (!chosen(caseIds, caseId)) continue;
      const sum = byCase.get(caseId) ?? {};
      addInto(sum, counts);
      byCase.set(caseId, sum);
    }
  }
  return [...byCase]
    .map(([caseId, counts]) => ({ caseId, counts, total: countTotal(counts) }))
    .filter((figures) => figures.total > 0)
    .sort((a, b) => b.total - a.total || a.caseId.localeCompare(b.caseId));
}

/** Everything in the range for the chosen cases, per action type. */
export function figuresInTotal(
  totals: TotalsResponse,
  caseIds: ReadonlySet<string> | null = null,
): ActionCounts {
  const counts: ActionCounts = {};
  for (const figures of figuresByCase(totals, caseIds)) addInto(counts, figures.counts);
  return counts;
}

/** The action types that occur at all, in the app's order, so empty columns are left out. */
export function actionsPresent(rows: readonly { counts: ActionCounts }[]): TotalsAction[] {
  return TOTALS_ACTIONS.filter((action) => rows.some((row) => (row.counts[action] ?? 0) > 0));
}

/**
 * One row per period, case and action type, for a spreadsheet: the figures the summary gives, in
 * a form the section office can add up. `caseLabel` gives the reference or title a reader knows.
 */
export function activityCsv(
  totals: TotalsResponse,
  caseIds: ReadonlySet<string> | null,
  caseLabel: (caseId: string) => string,
): string {
  const rows: string[][] = [['period_start', 'case_id', 'case', 'action', 'count']];
  for (const period of totals.periods) {
    for (const [caseId, counts] of Object.entries(period.cases).sort(([a], [b]) =>
      a.localeCompare(b),
    )) {
      if (!chosen(caseIds, caseId)) continue;
      for (const action of TOTALS_ACTIONS) {
        const count = counts[action];
        if (count) rows.push([period.start, caseId, caseLabel(caseId), action, String(count)]);
      }
    }
  }
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
