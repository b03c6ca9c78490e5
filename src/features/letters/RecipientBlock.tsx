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
        <div className="field recipient-switch">
          <label htmlFor={`${id}-target`}>{t('editor.switchTarget')}</label>
          <p className="field-hint" id={`${id}-target-hint`}>
            {t('editor.switchTargetHint')}
          </p>
          <select
            id={`${id}-target`}
            value={target.id}
            aria-describedby={`${id}-target-hint`}
            onChange={(e) => {
              const next = theCase.targets.find((candidate) => candidate.id === e.target.value);
              if (next) onTargetChange(next);
            }}
          >
            {theCase.targets.map((option) => (
              <option key={option.id} value={option.id}>
                {`${option.name[uiLanguage]} (${option.role[uiLanguage]})`}
              </option>
            ))}
          </select>
        </div>
      )}
    </section>
  );
}
