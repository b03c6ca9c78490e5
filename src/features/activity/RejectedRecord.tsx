import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../ui/DatabaseContext';
import type { OutboxItem } from '../../db/rows';
import type { ActionReportData } from '../../domain/syncProtocol';
import { discardRejected } from '../../sync/outbox';
import { queueActionReport } from '../../sync/queueActionReport';
import { ActionReportForm, reportFormFrom, todayOnThisPhone } from '../actions';
import { DeliveryStatus } from '../../ui/DeliveryStatus';
import { RecordDescription } from './RecordDescription';
import '../../ui/forms.css';
import { TOO_LARGE_ERROR } from '../../sync/syncEngine';

type Mode = 'view' | 'fixing' | 'confirmDiscard';

/**
 * A record the server refused: its reason, and the two ways out — correct it or let it go.
 * `onResolved` runs when either took it off the list, so the page can give the focus a place.
 */
export function RejectedRecord({ item, onResolved }: { item: OutboxItem; onResolved: () => void }) {
  const { t } = useTranslation('activity');
  const database = useDatabase();
  const [mode, setMode] = useState<Mode>('view');
  const report = item.payload as Partial<ActionReportData>;
  const canFix = item.type === 'action-report' && typeof report.caseId === 'string';

  return (
    <li className="record record-rejected">
      <RecordDescription item={item} />
      <DeliveryStatus state="rejected" />
      <p className="record-reason">
        {item.lastError === TOO_LARGE_ERROR
          ? t('attention.tooLarge')
          : t('attention.reason', { reason: item.lastError ?? t('attention.noReason') })}
      </p>
      {mode === 'view' && (
        <div className="button-row">
          {canFix && (
            <button type="button" className="button" onClick={() => setMode('fixing')}>
              {t('attention.fix')}
            </button>
          )}
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setMode('confirmDiscard')}
          >
            {t('attention.discard')}
          </button>
        </div>
      )}
      {mode === 'confirmDiscard' && (
        <div className="record-confirm" role="group" aria-label={t('attention.confirmDiscard')}>
          <p>{t('attention.confirmDiscard')}</p>
          <div className="button-row">
            <button
              type="button"
              className="button button-danger"
              onClick={() => void discardRejected(database, item.id).then(onResolved)}
            >
              {t('attention.confirmDiscardYes')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setMode('view')}
            >
              {t('attention.keep')}
            </button>
          </div>
        </div>
      )}
      {mode === 'fixing' && canFix && (
        <div className="record-fix">
          <ActionReportForm
            caseId={report.caseId as string}
            initialValues={reportFormFrom(report, todayOnThisPhone())}
            submitLabel={t('attention.resend')}
            save={async (data) => {
              await queueActionReport(database, data, { replaces: item.id });
            }}
            onSaved={onResolved}
          />
          <button type="button" className="button button-secondary" onClick={() => setMode('view')}>
            {t('attention.cancel')}
          </button>
        </div>
      )}
    </li>
  );
}
