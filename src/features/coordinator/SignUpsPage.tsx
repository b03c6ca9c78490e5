import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMembership } from '../group';
import { AreaPage } from './AreaPage';
import { CreateGroupKey } from './CreateGroupKey';
import { DeleteExportedSignUps } from './DeleteExportedSignUps';
import { ExportSignups, type FinishedExport } from './ExportSignups';
import { GroupKeyStatus } from './GroupKeyStatus';
import { RestoreGroupKey } from './RestoreGroupKey';
import { SignUpRetentionStatus } from './SignUpRetentionStatus';
import { useStoredGroupKey } from './useGroupKey';

export function SignUpsPage() {
  const { t } = useTranslation('coordinator');
  return (
    <AreaPage title={t('area.sections.signups.title')}>
      <SignUps />
    </AreaPage>
  );
}

/** The group's key, the export it opens, and how long the server keeps what it cannot read. */
function SignUps() {
  const { t } = useTranslation('coordinator');
  const membership = useMembership()?.membership;
  const stored = useStoredGroupKey();
  const [created, setCreated] = useState(false);
  const [finished, setFinished] = useState<FinishedExport | null>(null);
  // Counts change after a deletion; the status asks the server again.
  const [deletions, setDeletions] = useState(0);
  const [deleted, setDeleted] = useState<number | null>(null);
  if (!membership || stored === undefined) return null;

  return (
    <>
      <section className="area-block" aria-labelledby="key-heading">
        <h2 id="key-heading">{t('heading')}</h2>
        <p className="hint">{t('intro')}</p>
        <p className="coordinator-result" role="status">
          {created ? t('create.created') : ''}
        </p>
        <GroupKeyStatus backup={stored?.backup ?? null} membership={membership} />
        <CreateGroupKey replacing={stored !== null} onCreated={() => setCreated(true)} />
        <RestoreGroupKey />
      </section>
      <section className="area-block" aria-labelledby="signups-heading">
        <h2 id="signups-heading">{t('signups.heading')}</h2>
        <SignUpRetentionStatus key={deletions} />
        {stored && <ExportSignups backup={stored.backup} onExported={setFinished} />}
        {finished && (
          <DeleteExportedSignUps
            finished={finished}
            onDeleted={(count) => {
              setFinished(null);
              setDeleted(count);
              setDeletions((times) => times + 1);
            }}
          />
        )}
        <p className="area-result" role="status">
          {deleted === null ? '' : t('deleteExported.done', { count: deleted })}
        </p>
      </section>
    </>
  );
}
