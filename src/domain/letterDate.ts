import type { Language } from './language';

// en-GB, not en-US: the groups Carta serves write "22 November 2026", and so does Amnesty's UA format.
const LETTER_LOCALE: Record<Language, string> = { en: 'en-GB', es: 'es-ES' };

/** A calendar date (`YYYY-MM-DD`) as a letter in that language writes it: "22 de noviembre de 2026". */
export function formatLetterDate(isoDate: string, language: Language): string {
  // Formatting in UTC keeps the calendar day the member chose, whatever the phone's time zone.
  return new Intl.DateTimeFormat(LETTER_LOCALE[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T00:00:00Z`));
}
