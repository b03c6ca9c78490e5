import { useCallback, useContext, useSyncExternalStore } from 'react';
import { getI18n, I18nContext } from 'react-i18next';
import { isLanguage, type Language } from '../domain/language';

/**
 * The language the screens are showing, narrowed to the ones Carta speaks. Read from the i18next
 * instance itself, not through useTranslation: that hook builds a copy of the instance for every
 * component that mounts it, and the case list mounts this one for each card and each deadline,
 * a tenth of its first render on a slow phone.
 */
export function useUiLanguage(): Language {
  const i18n = useContext(I18nContext)?.i18n ?? getI18n();
  const subscribe = useCallback(
    (onChange: () => void) => {
      i18n.on('languageChanged', onChange);
      return () => i18n.off('languageChanged', onChange);
    },
    [i18n],
  );
  const language = useSyncExternalStore(subscribe, () => i18n.resolvedLanguage ?? i18n.language);
  return isLanguage(language) ? language : 'en';
}
