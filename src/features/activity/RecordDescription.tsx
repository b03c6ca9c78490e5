import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../ui/DatabaseContext';
import { formatCalendarDate } from '../../domain/calendarDate';
import { useUiLanguage } from '../../ui/useUiLanguage';
import type { OutboxItem } from '../../db/rows';
import type { ActionReportData } from '../../domain/syncProtocol';
import { isOwnSignature } from '../../domain/ownSignature';
import { useActionSummary } from '../actions';

function caseIdOf(item: OutboxItem): string | null {
  const payload = item.payload as { caseId?: unknown } | null;
  return typeof payload?.caseId === 'string' ? payload.caseId : null;
}

/** One record in words: what it counts, for which case, and when. */
export function RecordDescription({ item }: { item: OutboxItem }) {
  const { t } = useTranslation('activity');
  const language = useUiLanguage();
  const database = useDatabase();
  const summarise = useActionSummary();
  const caseId = caseIdOf(item);
  const caseName = useLiveQuery(async () => {
    if (!caseId) return null;
    const found = await database.cases.get(caseId);
    return found ? (found.reference?.[language] ?? found.title[language]) : caseId;
  }, [database, caseId, language]);

  if (item.type === 'sign-up' && isOwnSignature(item.payload)) {
    return (
      <span className="record-what">
        <strong>{caseName ?? ''}</strong>
        {': '}
        {t('record.ownSignature')}
      </span>
    );
  }
  if (item.type === 'sign-up') {
    return <span className="record-what">{t('record.signUp', { case: caseName ?? '' })}</span>;
  }
  const report = item.payload as Partial<ActionReportData>;
  const actions = summarise(report.actions ?? {});
  return (
    <span className="record-what">
      <strong>{caseName ?? ''}</strong>
      {': '}
      {report.occurredOn
        ? t('record.reportOn', {
            actions,
            date: formatCalendarDate(report.occurredOn, language),
          })
        : actions}
    </span>
  );
}
