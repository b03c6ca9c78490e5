import i18next, { type i18n as I18n } from 'i18next';
import { LANGUAGES, type Language } from '../domain/language';
import { localeBackend } from './localeBackend';

/**
 * A translation instance fixed to one language, for showing part of a screen as a member who
 * reads that language would see it (the case editor's preview). It is separate from the app's
 * instance: it must neither change the page's language nor remember a choice.
 */
export async function createPreviewI18n(language: Language): Promise<I18n> {
  const instance = i18next.createInstance();
  instance.use(localeBackend);
  await instance.init({
    lng: language,
    supportedLngs: [...LANGUAGES],
    fallbackLng: 'en',
    ns: ['common', 'cases', 'actions', 'caseEditor'],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
  });
  return instance;
}
