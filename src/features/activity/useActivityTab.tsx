import { useTranslation } from 'react-i18next';
import { ActivityIcon } from './ActivityIcon';
import { useWaitingCount } from './useWaitingCount';
import './activity.css';

/** The Activity tab of the bottom navigation, with a badge while anything waits to be delivered. */
export function useActivityTab() {
  const { t } = useTranslation('activity');
  const waiting = useWaitingCount();
  return {
    href: '/activity',
    label: t('nav.label'),
    // The badge is a picture of the number; the link's name says it in words.
    ariaLabel: waiting > 0 ? t('nav.waiting', { count: waiting }) : undefined,
    icon: (
      <span className="nav-icon-with-badge">
        <ActivityIcon />
        {waiting > 0 && (
          <span className="nav-badge" aria-hidden="true">
            {waiting > 99 ? '99+' : waiting}
          </span>
        )}
      </span>
    ),
    section: () => false,
  };
}
