import { Suspense } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../ui/DatabaseContext';
import { LazyActionReportForm as ActionReportForm } from './LazyActionReportForm';
import { GroupTotals } from './GroupTotals';
import { OwnActions } from './OwnActions';

/**
 * The case page's part on actions: the group's totals, the member's own, and the report form.
 * `canReport` is false for a case the group withdrew: what was reported stays visible, nothing new.
 */
export function CaseActions({
  caseId,
  canReport = true,
  formHeadingId,
}: {
  caseId: string;
  canReport?: boolean;
  /** Lets the case page's first screen jump (and move focus) straight to the form. */
  formHeadingId?: string;
}) {
  const { t } = useTranslation('actions');
  const database = useDatabase();
  const joined = useLiveQuery(
    async () => (await database.group.get('current')) !== undefined,
    [database],
  );
  return (
    <section className="case-section case-actions" aria-labelledby="case-actions-heading">
      <h2 id="case-actions-heading">{t('section.heading')}</h2>
      <GroupTotals caseId={caseId} />
      <OwnActions caseId={caseId} />
      {canReport && (
        <>
          <h3 id={formHeadingId} tabIndex={formHeadingId ? -1 : undefined}>
            {t('form.heading')}
          </h3>
          <p className="hint">{t('form.intro')}</p>
          {/* Nothing in its place while it loads: it is below what the screen shows first. */}
          <Suspense fallback={null}>
            <ActionReportForm
              caseId={caseId}
              submitLabel={t('form.save')}
              savedMessage={joined === false ? t('form.savedNotJoined') : t('form.saved')}
              save={async (data) => {
                // Loaded with the form's first save, not with the case page a first visit opens.
                const { queueActionReport } = await import('../../sync/queueActionReport');
                await queueActionReport(database, data);
              }}
            />
          </Suspense>
        </>
      )}
    </section>
  );
}
