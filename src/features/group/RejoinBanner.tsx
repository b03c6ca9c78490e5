import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { formatMoment } from '../../ui/relativeTime';
import { useUiLanguage } from '../../ui/useUiLanguage';
import { useMembership } from './useMembership';
import './group.css';

/**
 * Shown when the group's server refused this phone's token (401): syncing has stopped. A phone the
 * coordinator removed is told so in those words, and that what it holds is still here.
 */
export function RejoinBanner() {
  const { t } = useTranslation('group');
  const language = useUiLanguage();
  const view = useMembership();
  const [path] = useLocation();
  if (!view?.needsRejoin) return null;
  const removed = view.removedAt !== null;
  return (
    <div className="rejoin-banner" role="alert">
      <p className="rejoin-title">{removed ? t('removed.title') : t('rejoin.title')}</p>
      <p>
        {removed
          ? t('removed.text', {
              group: view.membership?.groupName ?? '',
              date: formatMoment(view.removedAt!, language),
            })
          : t('rejoin.text')}
      </p>
      {path !== '/settings' && <Link href="/settings">{t('rejoin.link')}</Link>}
    </div>
  );
}
