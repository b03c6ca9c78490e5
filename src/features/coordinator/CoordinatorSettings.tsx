import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useMembership } from '../group';
import { CreateGroupKey } from './CreateGroupKey';
import { ExportSignups } from './ExportSignups';
import { GroupKeyStatus } from './GroupKeyStatus';
import { RestoreGroupKey } from './RestoreGroupKey';
import { useStoredGroupKey } from './useGroupKey';
import '../../ui/forms.css';
import './coordinator.css';

/** Settings for the phone that joined with the coordinator code: the group's key and the export. */
export function CoordinatorSettings() {
  const { t } = useTranslation('coordinator');
  const membership = useMembership()?.membership;
  const stored = useStoredGroupKey();
  const [created, setCreated] = useState(false);
  if (membership?.role !== 'coordinator' || stored === undefined) return null;

  return (
    <section
      className="settings-section coordinator-settings"
      aria-labelledby="coordinator-heading"
    >
      <h2 id="coordinator-heading">{t('heading')}</h2>
      <p>
        <Link href="/group/cases" className="button">
          {t('casesLink')}
        </Link>
      </p>
      <p className="hint">{t('intro')}</p>
      <p className="coordinator-result" role="status">
        {created ? t('create.created') : ''}
      </p>
      <GroupKeyStatus backup={stored?.backup ?? null} membership={membership} />
      {stored && <ExportSignups backup={stored.backup} />}
      <CreateGroupKey replacing={stored !== null} onCreated={() => setCreated(true)} />
      <RestoreGroupKey />
    </section>
  );
}
