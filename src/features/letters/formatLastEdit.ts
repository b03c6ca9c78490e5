import { formatCalendarDate } from '../../domain/calendarDate';
import { localDate } from '../../domain/deadline';
import type { Language } from '../../domain/language';
import { formatRelativeTime } from '../../ui/relativeTime';

export type LastEdit =
  { kind: 'justNow' } | { kind: 'relative'; text: string } | { kind: 'date'; text: string };

const MINUTE = 60_000;
const WEEK = 7 * 24 * 60 * MINUTE;

/**
 * "5 minutes ago" / "hace 5 minutos" for a recent edit, the date for an older one: past a week,
 * "23 days ago" says less than the day itself.
 */
export function formatLastEdit(isoInstant: string, now: Date, language: Language): LastEdit {
  const then = new Date(isoInstant);
  const elapsed = now.getTime() - then.getTime();
  if (elapsed < MINUTE) return { kind: 'justNow' };
  if (elapsed >= WEEK) return { kind: 'date', text: formatCalendarDate(localDate(then), language) };
  return { kind: 'relative', text: formatRelativeTime(isoInstant, now, language) };
}
