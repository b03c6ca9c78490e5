import { useTranslation } from 'react-i18next';
import { caseChangesSince } from '../../db/caseBasis';
import type { Draft } from '../../db/rows';
import type { Case } from '../../domain/case';
import { intlLocale } from '../../domain/language';
import { useUiLanguage } from '../../ui/useUiLanguage';

/**
 * Tells the member which parts of the case the group changed since they started this letter. The
 * letter itself is left as they wrote it: only they know which of their words to change.
 */
export function CaseChangedNotice({ draft, theCase }: { draft: Draft; theCase: Case }) {
  const { t } = useTranslation('letters');
  const language = useUiLanguage();
  const changes = caseChangesSince(draft.caseBasis, theCase);
  if (changes.length === 0) return null;
  const list = new Intl.ListFormat(intlLocale(language), { type: 'conjunction' });
  return (
    <div className="case-changed">
      <p className="case-changed-title">
        {t('caseChanged.what', {
          changes: list.format(changes.map((change) => t(`caseChanged.part.${change}`))),
        })}
      </p>
      <p>{t('caseChanged.check')}</p>
    </div>
  );
}
