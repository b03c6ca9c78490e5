export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Text written separately for each language the app speaks — never machine-translated. */
export type Localized<T = string> = Record<Language, T>;

// The groups Carta is written for are British, and so is Amnesty's UA format: plain "en" would
// give US dates ("March 7, 2023").
const INTL_LOCALE: Record<Language, string> = { en: 'en-GB', es: 'es' };

/** The locale the Intl formatters use for a language Carta speaks. */
export function intlLocale(language: Language): string {
  return INTL_LOCALE[language];
}
