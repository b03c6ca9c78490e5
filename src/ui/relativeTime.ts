import { cachedIntlFormatter } from '../domain/intlFormatterCache';
import { intlLocale, type Language } from '../domain/language';

const UNITS: Array<{ unit: Intl.RelativeTimeFormatUnit; seconds: number }> = [
  { unit: 'day', seconds: 86_400 },
  { unit: 'hour', seconds: 3_600 },
  { unit: 'minute', seconds: 60 },
];

/**
 * "5 minutes ago", "yesterday" / "hace 5 minutos", "ayer"; under a minute, "now" / "ahora". Whole
 * units only, counted down: five and a half minutes ago is still "5 minutes ago".
 */
export function formatRelativeTime(iso: string, now: Date, language: Language): string {
  const format = cachedIntlFormatter(
    `relative-time:${language}`,
    () => new Intl.RelativeTimeFormat(intlLocale(language), { numeric: 'auto' }),
  );
  const seconds = (Date.parse(iso) - now.getTime()) / 1000;
  const { unit, seconds: size } = UNITS.find((u) => Math.abs(seconds) >= u.seconds) ?? {
    unit: 'second' as const,
    seconds: 1,
  };
  // Under a minute reads as "now": counting seconds up on a screen is noise.
  if (unit === 'second') return format.format(0, 'second');
  // `|| 0` turns -0 into 0, which Intl would otherwise print as "in 0 …" in some languages.
  return format.format(Math.trunc(seconds / size) || 0, unit);
}

/** "26 Nov, 10:04" / "26 nov, 10:04": when a record was delivered. */
export function formatMoment(iso: string, language: Language): string {
  const format = cachedIntlFormatter(
    `moment:${language}`,
    () =>
      new Intl.DateTimeFormat(intlLocale(language), {
        day: 'numeric',
        month: 'short',
        hour: '2-digit',
        minute: '2-digit',
      }),
  );
  return format.format(new Date(iso));
}
