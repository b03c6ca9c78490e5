import { useTranslation } from 'react-i18next';
import { deadlineStatus, localDate } from '../../domain/deadline';
import { formatCalendarDate } from '../../domain/calendarDate';
import { useUiLanguage } from '../../ui/useUiLanguage';
import './cases.css';

/**
 * "7 days left", "Last day today" or the warning for a passed deadline; nothing without one.
 * `wording` picks the texts: the case list is brief, while someone about to write is told more,
 * because once the deadline has passed a letter could even do harm and the section office knows.
 */
export function DeadlineStatusText({
  deadline,
  className = '',
  wording = 'cases',
}: {
  deadline: string | undefined;
  className?: string;
  wording?: 'cases' | 'letters';
}) {
  const { t } = useTranslation(wording);
  const language = useUiLanguage();
  const status = deadlineStatus(deadline, localDate(new Date()));
  switch (status.state) {
    case 'none':
      return null;
    case 'open':
      return (
        <p className={`deadline deadline-open ${className}`}>
          {t('deadline.daysLeft', { count: status.daysLeft })}
        </p>
      );
    case 'today':
      return <p className={`deadline deadline-today ${className}`}>{t('deadline.today')}</p>;
    case 'passed':
      return (
        <p className={`deadline deadline-passed ${className}`}>
          {t('deadline.passed', { date: formatCalendarDate(status.deadline, language) })}
        </p>
      );
  }
}
