import { useTranslation } from 'react-i18next';
import type { Case } from '../../domain/case';
import { formatCalendarDate } from '../../domain/calendarDate';
import { useUiLanguage } from '../../ui/useUiLanguage';
import { DeadlineStatusText } from './DeadlineStatusText';

/**
 * The first thing under a case's title: its deadline while open; once closed, when and how it
 * ended; once withdrawn, that the group took it back and why the phone still shows it.
 */
export function CaseStanding({ item }: { item: Case }) {
  const { t } = useTranslation('cases');
  const language = useUiLanguage();
  switch (item.status) {
    case 'open':
      return <DeadlineStatusText deadline={item.deadline} className="deadline-callout" />;
    case 'closed':
      return (
        <div className="case-outcome">
          {item.closedOn && (
            <p className="case-outcome-date">
              {t('page.closedOn', { date: formatCalendarDate(item.closedOn, language) })}
            </p>
          )}
          {item.outcome && <p className="case-outcome-text">{item.outcome[language]}</p>}
        </div>
      );
    case 'withdrawn':
      return (
        <div className="case-withdrawn">
          <p className="case-withdrawn-title">{t('page.withdrawn')}</p>
          <p>{t('page.withdrawnText')}</p>
        </div>
      );
  }
}
