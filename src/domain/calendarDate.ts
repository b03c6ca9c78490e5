import { cachedIntlFormatter } from './intlFormatterCache';
import { intlLocale, type Language } from './language';

/**
 * A calendar date (`YYYY-MM-DD`) as the language writes it: "7 March 2023", "7 de marzo de 2023".
 * The same words on a screen and in a letter.
 */
export function formatCalendarDate(isoDate: string, language: Language): string {
  // Formatted in UTC because the date is a day, not an instant: a local zone west of UTC would
  // otherwise print the day before.
  const format = cachedIntlFormatter(
    `calendar-date:${language}`,
    () =>
      new Intl.DateTimeFormat(intlLocale(language), {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }),
  );
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}
