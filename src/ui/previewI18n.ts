import i18next, { type i18n as I18n } from 'i18next';
import { LANGUAGES, type Language } from '../domain/language';
import { localeBackend } from './localeBackend';

/**
 * A translation instance fixed to one language, for showing part of a screen as a member who
 * reads that language would see it (the case editor's preview). It is separate from the app's
 * instance: it must neither change the page's language nor remember a choice. The coordinator's
 * summary for the section office uses it too, written in the office's language.
 */
export async function createPreviewI18n(
  language: Language,
  namespaces: readonly string[] = ['common', 'cases', 'actions', 'caseEditor'],
): Promise<I18n> {
  const instance = i18next.createInstance();
  instance.use(localeBackend);
  await instance.init({
    lng: language,
    supportedLngs: [...LANGUAGES],
    fallbackLng: 'en',
    ns: [...namespaces],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
  });
  return instance;
}
