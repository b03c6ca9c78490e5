import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../domain/language';
import { useUiLanguage } from '../../ui/useUiLanguage';

/**
 * The language radio group. Each name is written in its own language and marked with `lang`, so a
 * member who landed in the wrong language can still find theirs, and a screen reader says it right.
 */
export function LanguageChoice() {
  const { t, i18n } = useTranslation('settings');
  const current = useUiLanguage();

  // The language detector stores the choice in localStorage as part of changeLanguage.
  const choose = (language: Language) => {
    void i18n.changeLanguage(language);
  };

  return (
    <fieldset className="choice-group" role="radiogroup">
      <legend>{t('language.legend')}</legend>
      <p className="hint">{t('language.hint')}</p>
      {LANGUAGES.map((language) => (
        <label key={language} className="choice" lang={language}>
          <input
            type="radio"
            name="language"
            value={language}
            checked={current === language}
            onChange={() => choose(language)}
          />
          <span>{t(`languageName.${language}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
