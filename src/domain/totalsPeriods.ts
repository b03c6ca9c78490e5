// The periods of a totals chart (DESIGN.md, "Totals over time"): ISO weeks starting on Monday, or
// calendar months. Dates are plain `YYYY-MM-DD` days with no time zone, so all arithmetic is done
// on UTC midnights, where every day is 24 hours long.
import type { TotalsPeriod } from './groupAdminProtocol';

const DAY_MS = 86_400_000;

function toUtc(day: string): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  const at = new Date(0);
  at.setUTCFullYear(year, month - 1, date);
  return at;
}

function toDay(at: Date): string {
  const year = String(at.getUTCFullYear()).padStart(4, '0');
  const month = String(at.getUTCMonth() + 1).padStart(2, '0');
  const date = String(at.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${date}`;
}

/** The first day of the period holding `day`: its week's Monday, or its month's 1st. */
export function periodStart(day: string, by: TotalsPeriod): string {
  const at = toUtc(day);
  if (by === 'month') return `${day.slice(0, 7)}-01`;
  const sinceMonday = (at.getUTCDay() + 6) % 7;
  return toDay(new Date(at.getTime() - sinceMonday * DAY_MS));
}

/** How many periods run from the one holding `from` to the one holding `to`, both included. */
export function countPeriods(from: string, to: string, by: TotalsPeriod): number {
  if (by === 'month') {
    const months = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7));
    return months(to) - months(from) + 1;
  }
  const weeks =
    (toUtc(periodStart(to, by)).getTime() - toUtc(periodStart(from, by)).getTime()) / (7 * DAY_MS);
  return Math.round(weeks) + 1;
}

/** The first day of every period from the one holding `from` to the one holding `to`, in order. */
export function periodStarts(from: string, to: string, by: TotalsPeriod): string[] {
  const starts: string[] = [];
  const first = toUtc(periodStart(from, by));
  for (let i = 0; i < countPeriods(from, to, by); i += 1) {
    const at = new Date(first);
    if (by === 'week') at.setUTCDate(at.getUTCDate() + 7 * i);
    else at.setUTCMonth(at.getUTCMonth() + i);
    starts.push(toDay(at));
  }
  return starts;
}
