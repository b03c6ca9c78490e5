import type { Language } from '../../domain/language';
import { localDate } from '../../domain/deadline';
import { formatCalendarDate, intlLocale } from '../../app/localeFormat';

export type LastEdit =
  { kind: 'justNow' } | { kind: 'relative'; text: string } | { kind: 'date'; text: string };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * "5 minutes ago" / "hace 5 minutos" for a recent edit, the date for an older one: past a week,
 * "23 days ago" says less than the day itself.
 */
export function formatLastEdit(isoInstant: string, now: Date, language: Language): LastEdit {
  const then = new Date(isoInstant);
  const elapsed = now.getTime() - then.getTime();
  if (elapsed < MINUTE) return { kind: 'justNow' };
  if (elapsed >= 7 * DAY)
    return { kind: 'date', text: formatCalendarDate(localDate(then), language) };
  const format = new Intl.RelativeTimeFormat(intlLocale(language), { numeric: 'auto' });
  if (elapsed < HOUR)
    return { kind: 'relative', text: format.format(-Math.floor(elapsed / MINUTE), 'minute') };
  if (elapsed < DAY)
    return { kind: 'relative', text: format.format(-Math.floor(elapsed / HOUR), 'hour') };
  return { kind: 'relative', text: format.format(-Math.floor(elapsed / DAY), 'day') };
}
