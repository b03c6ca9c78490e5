import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Target } from '../../domain/case';
import { openingSalutation, salutationChoices, withSalutation } from '../../domain/composeLetter';
import type { Draft } from '../../db/rows';

interface SalutationChoiceProps {
  draft: Pick<Draft, 'body' | 'language'>;
  target: Target;
  onChange: (body: string) => void;
}

/**
 * The salutations the case offers for this person ("Estimado diputado:" / "Estimada diputada:"),
 * for the writer to pick rather than send a form-like "Estimado/a". Nothing when there is one.
 */
export function SalutationChoice({ draft, target, onChange }: SalutationChoiceProps) {
  const { t } = useTranslation('letters');
  const id = useId();
  const choices = salutationChoices(target, draft.language);
  if (choices.length < 2) return null;
  const current = openingSalutation(draft.body, choices);
  return (
    <fieldset className="choice-group" aria-describedby={`${id}-hint`}>
      <legend>{t('editor.salutationLegend')}</legend>
      <p className="hint" id={`${id}-hint`}>
        {t('editor.salutationHint')}
      </p>
      {choices.map((choice) => (
        <label key={choice} className="choice" lang={draft.language}>
          <input
            type="radio"
            name={`${id}-salutation`}
            value={choice}
            checked={choice === current}
            onChange={() => onChange(withSalutation(draft.body, choices, choice))}
          />
          <span>{choice}</span>
        </label>
      ))}
    </fieldset>
  );
}
