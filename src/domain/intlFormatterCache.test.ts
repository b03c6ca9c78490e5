import { describe, expect, it, vi } from 'vitest';
import { cachedIntlFormatter } from './intlFormatterCache';
import { formatCalendarDate } from './calendarDate';

describe('a formatter built once per kind, locale and options', () => {
  it('builds the formatter on first use and hands the same one back after', () => {
    const build = vi.fn(() => new Intl.NumberFormat('en-GB'));
    const first = cachedIntlFormatter('test-number:en', build);
    const second = cachedIntlFormatter('test-number:en', build);
    expect(second).toBe(first);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('keeps a formatter per key, so a language change gets its own words', () => {
    expect(formatCalendarDate('2023-03-07', 'en')).toBe('7 March 2023');
    expect(formatCalendarDate('2023-03-07', 'es')).toBe('7 de marzo de 2023');
    expect(formatCalendarDate('2024-12-31', 'en')).toBe('31 December 2024');
  });
});
