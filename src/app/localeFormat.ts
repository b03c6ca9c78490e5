import type { Language } from '../domain/language';

// The groups Carta is written for are British; plain "en" would give US dates ("March 7, 2023").
const INTL_LOCALE: Record<Language, string> = { en: 'en-GB', es: 'es' };

export function intlLocale(language: Language): string {
  return INTL_LOCALE[language];
}

/** "7 March 2023" / "7 de marzo de 2023" for a `YYYY-MM-DD` calendar date. */
export function formatCalendarDate(isoDate: string, language: Language): string {
  // Formatted in UTC because the date is a day, not an instant: a local zone west of UTC would
  // otherwise print the day before.
  return new Intl.DateTimeFormat(intlLocale(language), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** The country's name in the UI language, from its ISO 3166-1 alpha-2 code ("PE" → "Peru"/"Perú"). */
export function formatCountryName(countryCode: string, language: Language): string {
  return (
    new Intl.DisplayNames([intlLocale(language)], { type: 'region' }).of(countryCode) ?? countryCode
  );
}

const BYTE_UNITS = [
  { unit: 'gigabyte', size: 1e9 },
  { unit: 'megabyte', size: 1e6 },
  { unit: 'kilobyte', size: 1e3 },
] as const;

/** "1.2 MB" / "1,2 MB": the largest unit that keeps the number at 1 or more. */
export function formatByteSize(bytes: number, language: Language): string {
  const { unit, size } = BYTE_UNITS.find((u) => bytes >= u.size) ?? BYTE_UNITS[2];
  return new Intl.NumberFormat(intlLocale(language), {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(bytes / size);
}
