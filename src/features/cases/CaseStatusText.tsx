import { useTranslation } from 'react-i18next';
import type { Case } from '../../domain/case';
import { formatCalendarDate } from '../../domain/calendarDate';
import { useUiLanguage } from '../../ui/useUiLanguage';
import { DeadlineStatusText } from './DeadlineStatusText';
import './cases.css';

/**
 * Where the case stands: the deadline while it is open; once the group closed or withdrew it,
 * that instead, because "7 days left" on a closed case would send letters that no longer help.
 */
export function CaseStatusText({
  item,
  className = '',
  wording = 'cases',
}: {
  item: Pick<Case, 'status' | 'deadline' | 'closedOn' | 'updatedAt'>;
  className?: string;
  wording?: 'cases' | 'letters';
}) {
  const { t } = useTranslation(wording);
  const language = useUiLanguage();
  switch (item.status) {
    case 'open':
      return (
        <DeadlineStatusText deadline={item.deadline} className={className} wording={wording} />
      );
    case 'closed': {
      // The schema requires closedOn on a closed case; the publish date stands in for a bad copy.
      const date = formatCalendarDate(item.closedOn ?? item.updatedAt.slice(0, 10), language);
      return (
        <p className={`deadline case-status-closed ${className}`}>
          {t('caseStatus.closed', { date })}
        </p>
      );
    }
    case 'withdrawn':
      return (
        <p className={`deadline case-status-withdrawn ${className}`}>{t('caseStatus.withdrawn')}</p>
      );
  }
}
