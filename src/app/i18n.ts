import i18next, { type i18n as I18n } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../domain/language';
import { localeBackend } from '../ui/localeBackend';

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
] as const;

/** Where the member's language choice is remembered between visits. */
export const LANGUAGE_STORAGE_KEY = 'carta.language';

export interface I18nOptions {
  /** Start in this language instead of detecting one (tests, mostly). */
  language?: Language;
}

/**
 * Creates and initialises the translation instance. Resolves once the current language's strings
 * are loaded, so the first render never shows raw keys.
 */
export async function createI18n(options: I18nOptions = {}): Promise<I18n> {
  const instance = i18next.createInstance();
  instance.use(localeBackend).use(LanguageDetector).use(initReactI18next);

  // Screen readers pick their voice from <html lang>, and hyphenation follows it too.
  instance.on('languageChanged', (language) => {
    document.documentElement.lang = language;
    document.documentElement.dir = instance.dir(language);
  });

  await instance.init({
    lng: options.language,
    supportedLngs: [...LANGUAGES],
    load: 'languageOnly',
    fallbackLng: 'en',
    ns: [...NAMESPACES],
    defaultNS: 'common',
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: ['localStorage'],
      // "es-MX" would otherwise become the app's language as is: <html lang="es-MX"> and a stored
      // choice that no longer matches the radio buttons. Carta speaks one Spanish and one English.
      convertDetectedLanguage: (detected) => detected.split(/[-_]/)[0]?.toLowerCase() ?? detected,
    },
    // React escapes text itself; escaping here too would show "&amp;" in case titles.
    interpolation: { escapeValue: false },
  });
  return instance;
}
