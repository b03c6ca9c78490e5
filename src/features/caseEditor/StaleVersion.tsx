import { useTranslation } from 'react-i18next';
import type { Case } from '../../domain/case';
import { formFromCase, type CaseForm } from '../../domain/caseForm';
import { fieldLabel } from './caseProblemText';

/** The top-level fields whose texts differ between two forms, in the editor's order. */
function differingFields(mine: CaseForm, theirs: CaseForm): string[] {
  return (Object.keys(mine) as (keyof CaseForm)[]).filter(
    (key) => JSON.stringify(mine[key]) !== JSON.stringify(theirs[key]),
  );
}

function Summary({ form, language }: { form: CaseForm; language: 'en' | 'es' }) {
  const { t } = useTranslation('caseEditor');
  return (
    <dl className="fact-list">
      <div>
        <dt>{t('field.title')}</dt>
        <dd>{form.title[language] || '—'}</dd>
      </div>
      <div>
        <dt>{t('field.deadline')}</dt>
        <dd>{form.deadline || '—'}</dd>
      </div>
      <div>
        <dt>{t('field.status')}</dt>
        <dd>{t(`status.${form.status}`)}</dd>
      </div>
      <div>
        <dt>{t('field.targets')}</dt>
        <dd>{form.targets.map((target) => target.name[language]).join(', ') || '—'}</dd>
      </div>
      <div>
        <dt>{t('field.updates')}</dt>
        <dd>{form.updates.length}</dd>
      </div>
    </dl>
  );
}

/**
 * Someone published the case after this edit began. Both versions are shown; the coordinator
 * chooses, and until then nothing of either is lost.
 */
export function StaleVersion({
  mine,
  current,
  language,
  onKeepMine,
  onTakeTheirs,
}: {
  mine: CaseForm;
  current: Case | null;
  language: 'en' | 'es';
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const { t } = useTranslation('caseEditor');
  const theirs = current ? formFromCase(current) : null;
  const differences = theirs ? differingFields(mine, theirs) : [];
  return (
    <section className="stale-version" role="alert" aria-labelledby="stale-heading">
      <h2 id="stale-heading">{t('stale.heading')}</h2>
      <p>{current ? t('stale.text', { version: current.version }) : t('stale.gone')}</p>
      {theirs && (
        <>
          <div className="stale-compare">
            <div>
              <h3>{t('stale.yours')}</h3>
              <Summary form={mine} language={language} />
            </div>
            <div>
              <h3>{t('stale.theirs')}</h3>
              <Summary form={theirs} language={language} />
            </div>
          </div>
          <p>
            <strong>{t('stale.differences')}: </strong>
            {differences.length > 0
              ? differences.map((key) => fieldLabel(key, t)).join(', ')
              : t('stale.noDifferences')}
          </p>
        </>
      )}
      <div className="button-row">
        <button type="button" className="button" onClick={onKeepMine}>
          {t('stale.keepMine')}
        </button>
        {current && (
          <button type="button" className="button button-secondary" onClick={onTakeTheirs}>
            {t('stale.takeTheirs')}
          </button>
        )}
      </div>
    </section>
  );
}
