import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from '../domain/language';

/** The language the screens are showing, narrowed to the ones Carta speaks. */
export function useUiLanguage(): Language {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(language) ? language : 'en';
}
