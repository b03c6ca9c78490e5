import { intlLocale } from '../../app/localeFormat';
import type { Language } from '../../domain/language';

const UNITS: Array<{ unit: Intl.RelativeTimeFormatUnit; seconds: number }> = [
  { unit: 'day', seconds: 86_400 },
  { unit: 'hour', seconds: 3_600 },
  { unit: 'minute', seconds: 60 },
];

/** "5 minutes ago", "yesterday" / "hace 5 minutos", "ayer"; under a minute, "now" / "ahora". */
export function formatRelativeTime(iso: string, now: Date, language: Language): string {
  const format = new Intl.RelativeTimeFormat(intlLocale(language), { numeric: 'auto' });
  const seconds = Math.round((Date.parse(iso) - now.getTime()) / 1000);
  const { unit, seconds: size } = UNITS.find((u) => Math.abs(seconds) >= u.seconds) ?? {
    unit: 'second' as const,
    seconds: 1,
  };
  // Under a minute reads as "now": counting seconds up on a screen is noise.
  if (unit === 'second') return format.format(0, 'second');
  return format.format(Math.round(seconds / size), unit);
}

/** "26 Nov, 10:04" / "26 nov, 10:04": when a record was delivered. */
export function formatMoment(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(intlLocale(language), {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}
