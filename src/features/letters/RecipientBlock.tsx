import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case, Target } from '../../domain/case';
import type { Language } from '../../domain/language';
import { useUiLanguage } from '../../ui/useUiLanguage';

interface RecipientBlockProps {
  theCase: Case;
  target: Target;
  /** The letter's language: the recipient's name and role are shown as the letter writes them. */
  language: Language;
  onTargetChange: (target: Target) => void;
}

/** Who the letter goes to, and (when the case has several people) a way to send it to another. */
export function RecipientBlock({ theCase, target, language, onTargetChange }: RecipientBlockProps) {
  const { t } = useTranslation('letters');
  const uiLanguage = useUiLanguage();
  const id = useId();
  return (
    <section className="recipient" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('editor.recipientHeading')}</h2>
      <div lang={language}>
        <p className="recipient-name">{target.name[language]}</p>
        <p className="recipient-role">{target.role[language]}</p>
        {target.postalAddress && (
          <address className="postal-address">{target.postalAddress.join('\n')}</address>
        )}
      </div>
      {theCase.targets.length > 1 && (
        <fieldset className="choice-group recipient-switch" aria-describedby={`${id}-target-hint`}>
          <legend>{t('editor.switchTarget')}</legend>
          <p className="hint" id={`${id}-target-hint`}>
            {t('editor.switchTargetHint')}
          </p>
          {theCase.targets.map((option) => (
            <label key={option.id} className="choice choice-target">
              <input
                type="radio"
                name={`${id}-target`}
                value={option.id}
                checked={option.id === target.id}
                onChange={() => onTargetChange(option)}
              />
              <span>
                <span className="choice-title">{option.name[uiLanguage]}</span>
                <span className="choice-detail">{option.role[uiLanguage]}</span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
    </section>
  );
}
