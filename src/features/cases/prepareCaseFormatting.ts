import { formatCalendarDate } from '../../domain/calendarDate';
import type { Language } from '../../domain/language';
import { formatCountryName } from '../../ui/localeFormat';

/**
 * Builds the formatters every case screen uses (country names, calendar dates) in `language`, so
 * that building them — loading the language's locale data, a few milliseconds each on a phone —
 * happens while the start waits for its database and strings, not inside the first render.
 */
export function prepareCaseFormatting(language: Language): void {
  formatCountryName('PE', language);
  formatCalendarDate('2026-01-01', language);
}
