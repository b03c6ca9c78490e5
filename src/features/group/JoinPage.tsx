import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { JoinGroupForm } from './JoinGroupForm';
import '../../ui/forms.css';
import './group.css';

/** The code travels in the fragment (`/join#code=…`), which browsers never send to a server. */
function codeFromFragment(): string {
  return new URLSearchParams(window.location.hash.replace(/^#/, '')).get('code') ?? '';
}

/** Where a join link lands: the invitation's server and code filled in, for the member to confirm. */
export function JoinPage() {
  const { t } = useTranslation('group');
  useDocumentTitle(t('joinPage.title'));
  const [code] = useState(codeFromFragment);
  const [server] = useState(() => window.location.origin);
  const [joinedGroup, setJoinedGroup] = useState<string | null>(null);

  if (joinedGroup) {
    return (
      <div className="page">
        <h1>{t('joinPage.title')}</h1>
        <p className="join-success" role="status">
          {t('joined', { group: joinedGroup })}
        </p>
        <div className="button-row">
          <Link href="/" className="button">
            {t('joinPage.toCases')}
          </Link>
          <Link href="/activity" className="button button-secondary">
            {t('joinPage.toActivity')}
          </Link>
        </div>
      </div>
    );
  }

  return (
    <div className="page">
      <h1>{t('joinPage.title')}</h1>
      <p>{code ? t('joinPage.intro', { server }) : t('joinPage.noCode')}</p>
      <JoinGroupForm
        initialValues={{ serverAddress: server, code, deviceName: '' }}
        submitLabel={t('form.join')}
        onJoined={(membership) => {
          // The code is a key to the group: once used, it should not linger in the address bar,
          // the history or a shared screenshot.
          window.history.replaceState(
            window.history.state,
            '',
            window.location.pathname + window.location.search,
          );
          setJoinedGroup(membership.groupName);
        }}
      />
    </div>
  );
}
