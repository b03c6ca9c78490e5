import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { JoinGroupForm } from './JoinGroupForm';
import { LeaveGroup } from './LeaveGroup';
import { RejoinBanner } from './RejoinBanner';
import { useMembership } from './useMembership';
import './group.css';

/** Settings' "Your group": join by typing the address and code, see the group, leave it. */
export function GroupSettings() {
  const { t } = useTranslation('group');
  const view = useMembership();
  const [justJoined, setJustJoined] = useState<string | null>(null);
  if (!view) return null;
  const { membership, needsRejoin } = view;

  return (
    <section className="settings-section group-settings" aria-labelledby="group-heading">
      <h2 id="group-heading">{t('heading')}</h2>
      <p className="group-joined" role="status">
        {justJoined ? t('joined', { group: justJoined }) : ''}
      </p>
      {membership ? (
        <>
          <dl className="fact-list">
            <div>
              <dt>{t('groupName')}</dt>
              <dd>{membership.groupName}</dd>
            </div>
            <div>
              <dt>{t('server')}</dt>
              <dd>{membership.serverUrl}</dd>
            </div>
          </dl>
          <RejoinBanner />
          {needsRejoin && (
            <JoinGroupForm
              initialValues={{ serverAddress: membership.serverUrl, code: '', deviceName: '' }}
              submitLabel={t('form.rejoin')}
              onJoined={(joined) => setJustJoined(joined.groupName)}
            />
          )}
          <LeaveGroup groupName={membership.groupName} />
        </>
      ) : (
        <>
          <p className="hint">{t('intro')}</p>
          <JoinGroupForm
            initialValues={{ serverAddress: window.location.origin, code: '', deviceName: '' }}
            submitLabel={t('form.join')}
            onJoined={(joined) => setJustJoined(joined.groupName)}
          />
        </>
      )}
    </section>
  );
}
