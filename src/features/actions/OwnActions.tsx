import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../../domain/calendarDate';
import { useUiLanguage } from '../../ui/useUiLanguage';
import { DeliveryStatus } from '../../ui/DeliveryStatus';
import { useActionSummary } from './useActionSummary';
import { useCaseReports } from './useCaseReports';

/** The member's own reports on this case, each with where it stands. */
export function OwnActions({ caseId }: { caseId: string }) {
  const { t } = useTranslation('actions');
  const language = useUiLanguage();
  const summarise = useActionSummary();
  const reports = useCaseReports(caseId);
  if (!reports) return null;
  return (
    <div className="own-actions">
      <h3>{t('own.heading')}</h3>
      {reports.length === 0 ? (
        <p className="hint">{t('own.none')}</p>
      ) : (
        <ul className="record-list">
          {reports.map((report) => (
            <li key={report.id} className="record">
              <span className="record-what">
                {t('own.on', {
                  actions: summarise(report.payload.actions),
                  date: formatCalendarDate(report.payload.occurredOn, language),
                })}
              </span>
              <DeliveryStatus state={report.state} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
