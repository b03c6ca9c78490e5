import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../domain/language';
import { localeBackend } from '../ui/localeBackend';
import { languageDetector } from './languageDetector';

export { LANGUAGE_STORAGE_KEY } from './languageDetector';

export const NAMESPACES = [
  'common',
  'cases',
  'settings',
  'letters',
  'profile',
  'actions',
  'activity',
  'group',
  'stall',
  'coordinator',
  'caseEditor',
  'welcome',
] as const;
export type Namespace = (typeof NAMESPACES)[number];

export interface I18nOptions {
  /** Start in this language instead of detecting one (tests, mostly). */
  language?: Language;
  /**
   * The namespaces to have loaded when this resolves (all of them unless told): the app names only
   * its first screen's, and any other is loaded when a screen asks for it.
   */
  namespaces?: readonly Namespace[];
}

/**
 * Creates and initialises the translation instance. Resolves once the current language's strings
 * of the namespaces asked for are loaded, so the first render never shows raw keys.
 */
export async function createI18n(options: I18nOptions = {}): Promise<I18n> {
  const instance = i18next.createInstance();
  instance.use(localeBackend).use(languageDetector).use(initReactI18next);

  // Screen readers pick their voice from <html lang>, and hyphenation follows it too.
  instance.on('languageChanged', (language) => {
    document.documentElement.lang = language;
    document.documentElement.dir = instance.dir(language);
  });

  await instance.init({
    lng: options.language,
    supportedLngs: [...LANGUAGES],
    load: 'languageOnly',
    // English for a browser language Carta does not speak. Spanish falls back to nothing: a test
    // keeps both languages' keys the same, and a fallback would make a Spanish phone download the
    // English strings of every screen as well.
    fallbackLng: { es: [], default: ['en'] },
    ns: [...(options.namespaces ?? NAMESPACES)],
    defaultNS: 'common',
    // By default i18next starts loading in a later task; on a busy start that task waited tens of
    // milliseconds behind the database's, with the strings' download not yet asked for.
    initAsync: false,
    // React escapes text itself; escaping here too would show "&amp;" in case titles.
    interpolation: { escapeValue: false },
  });
  return instance;
}
