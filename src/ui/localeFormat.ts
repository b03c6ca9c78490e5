import { cachedIntlFormatter } from '../domain/intlFormatterCache';
import { intlLocale, type Language } from '../domain/language';

/** The country's name in the UI language, from its ISO 3166-1 alpha-2 code ("PE" → "Peru"/"Perú"). */
export function formatCountryName(countryCode: string, language: Language): string {
  const names = cachedIntlFormatter(
    `region-name:${language}`,
    () => new Intl.DisplayNames([intlLocale(language)], { type: 'region' }),
  );
  return names.of(countryCode) ?? countryCode;
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
