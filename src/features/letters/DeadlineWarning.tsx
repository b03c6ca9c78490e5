import { useTranslation } from 'react-i18next';
import { deadlineStatus, localDate } from '../../domain/deadline';
import { formatCalendarDate } from '../../app/localeFormat';
import { useUiLanguage } from '../../app/useUiLanguage';

/**
 * The deadline as it matters to someone about to write: once it has passed the situation may have
 * changed and a letter could even do harm, so the member is told to ask the section office first.
 */
export function DeadlineWarning({ deadline }: { deadline: string | undefined }) {
  const { t } = useTranslation('letters');
  const language = useUiLanguage();
  const status = deadlineStatus(deadline, localDate(new Date()));
  switch (status.state) {
    case 'none':
      return null;
    case 'open':
      return (
        <p className="deadline deadline-open deadline-callout">
          {t('deadline.daysLeft', { count: status.daysLeft })}
        </p>
      );
    case 'today':
      return <p className="deadline deadline-today deadline-callout">{t('deadline.today')}</p>;
    case 'passed':
      return (
        <p className="deadline deadline-passed deadline-callout">
          {t('deadline.passed', { date: formatCalendarDate(status.deadline, language) })}
        </p>
      );
  }
}
