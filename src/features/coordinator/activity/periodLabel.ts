import type { TotalsPeriod } from '../../../domain/groupAdminProtocol';
import { intlLocale, type Language } from '../../../domain/language';

/**
 * A period as a column is labelled: a week by its Monday ("2 Nov"), a month by name ("Nov 2026").
 * In UTC, because the start is a day, not an instant.
 */
export function periodLabel(start: string, by: TotalsPeriod, language: Language): string {
  const options: Intl.DateTimeFormatOptions =
    by === 'week'
      ? { day: 'numeric', month: 'short', timeZone: 'UTC' }
      : { month: 'short', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(intlLocale(language), options).format(
    new Date(`${start}T00:00:00Z`),
  );
}
