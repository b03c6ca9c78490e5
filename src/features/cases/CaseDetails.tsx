import { useTranslation } from 'react-i18next';
import type { Case } from '../../domain/case';
import { CaseActions } from '../actions';
import { REPORT_FORM_ID } from './CaseMainActions';
import { HandToPasserBy } from './HandToPasserBy';
import { SourceList } from './SourceList';
import { TargetCard } from './TargetCard';

/**
 * The part of a case page below its first screen: who to write to, the actions on the case, the
 * QR code for a passer-by and the sources. A chunk of its own, fetched while the first screen is
 * already on show, so a first visit's download holds only what that screen paints.
 */
export function CaseDetails({ item, preview }: { item: Case; preview: boolean }) {
  const { t } = useTranslation('cases');
  return (
    <>
      {item.targets.length > 0 && (
        <section className="case-section">
          <h2>{t('page.targets')}</h2>
          <p className="language-hint">{t(`preferredLanguage.${item.preferredLanguage}`)}</p>
          <ul className="targets">
            {item.targets.map((target) => (
              <TargetCard key={target.id} target={target} />
            ))}
          </ul>
        </section>
      )}

      {!preview && (
        <CaseActions
          caseId={item.id}
          canReport={item.status !== 'withdrawn'}
          formHeadingId={REPORT_FORM_ID}
        />
      )}
      {!preview && item.status !== 'withdrawn' && <HandToPasserBy item={item} />}
      <SourceList sources={item.sources} open={preview} />
    </>
  );
}
