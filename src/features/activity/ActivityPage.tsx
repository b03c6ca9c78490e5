import { useRef } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useDatabase } from '../../ui/DatabaseContext';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useUiLanguage } from '../../ui/useUiLanguage';
import { RejoinBanner, useMembership } from '../group';
import { DeliveryStatus } from '../../ui/DeliveryStatus';
import { RecordDescription } from './RecordDescription';
import { RejectedRecord } from './RejectedRecord';
import { SaveUndelivered } from './SaveUndelivered';
import { formatMoment } from '../../ui/relativeTime';
import { SyncStatus } from './SyncStatus';
import { useOutboxByState } from './useOutboxByState';
import './activity.css';

/** Everything this phone has to deliver, has delivered, or could not deliver. */
export function ActivityPage() {
  const { t } = useTranslation('activity');
  const language = useUiLanguage();
  const database = useDatabase();
  useDocumentTitle(t('title'));
  const view = useOutboxByState();
  const joined = useLiveQuery(
    async () => (await database.group.get('current')) !== undefined,
    [database],
  );
  const removed = (useMembership()?.removedAt ?? null) !== null;
  const undelivered = view ? [...view.waiting, ...view.rejected] : [];
  const saveUndelivered = undelivered.length > 0 && (
    <SaveUndelivered
      count={undelivered.length}
      signUps={undelivered.filter((item) => item.type === 'sign-up').length}
      removed={removed}
    />
  );

  // A record corrected or discarded leaves the list with the button that was pressed, and the focus
  // would fall to <body>; the page's heading is where the member carries on from.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusHeading = () => headingRef.current?.focus();

  return (
    <div className="page activity">
      <h1 ref={headingRef} tabIndex={-1}>
        {t('title')}
      </h1>
      {joined === false && (
        <p className="notice">
          {t('notJoined.text')} <Link href="/settings">{t('notJoined.link')}</Link>
        </p>
      )}
      <RejoinBanner />
      {/* A removed phone delivers nothing more itself: the file comes first. */}
      {removed && saveUndelivered}
      {joined && <SyncStatus />}

      {view && view.rejected.length > 0 && (
        <section className="activity-section" aria-labelledby="attention-heading">
          <h2 id="attention-heading">
            {t('attention.heading')} ({view.rejected.length})
          </h2>
          <p className="hint">{t('attention.intro')}</p>
          <ul className="record-list">
            {view.rejected.map((item) => (
              <RejectedRecord key={item.id} item={item} onResolved={focusHeading} />
            ))}
          </ul>
        </section>
      )}

      <section className="activity-section" aria-labelledby="waiting-heading">
        <h2 id="waiting-heading">{t('waiting.heading')}</h2>
        {view && (
          <>
            <p className="waiting-count">
              {view.waiting.length === 0
                ? t('waiting.none')
                : t('waiting.count', { count: view.waiting.length })}
            </p>
            <ul className="record-list">
              {view.waiting.map((item) => (
                <li key={item.id} className="record">
                  <RecordDescription item={item} />
                  <DeliveryStatus state="pending" />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      {!removed && saveUndelivered}

      <section className="activity-section" aria-labelledby="delivered-heading">
        <h2 id="delivered-heading">{t('delivered.heading')}</h2>
        {view && view.delivered.length === 0 && <p className="hint">{t('delivered.none')}</p>}
        {view && view.delivered.length > 0 && (
          <ul className="record-list">
            {view.delivered.map((item) => (
              <li key={item.id} className="record">
                <RecordDescription item={item} />
                <DeliveryStatus state="sent" />
                {item.deliveredAt && (
                  <span className="record-when">
                    {t('delivered.at', { time: formatMoment(item.deliveredAt, language) })}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
