import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useMembership } from './useMembership';
import './group.css';

/** Shown when the group's server refused this phone's token (401): syncing has stopped. */
export function RejoinBanner() {
  const { t } = useTranslation('group');
  const view = useMembership();
  const [path] = useLocation();
  if (!view?.needsRejoin) return null;
  return (
    <div className="rejoin-banner" role="alert">
      <p className="rejoin-title">{t('rejoin.title')}</p>
      <p>{t('rejoin.text')}</p>
      {path !== '/settings' && <Link href="/settings">{t('rejoin.link')}</Link>}
    </div>
  );
}
