import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useDatabase } from '../../ui/DatabaseContext';
import { formatMoment } from '../../ui/relativeTime';
import { useUiLanguage } from '../../ui/useUiLanguage';
import type { StallSession } from '../../db/rows';
import { HandToPasserBy } from '../cases';
import { endStallSession, openKiosk } from './stallSessions';
import { useRepeatSignerChecks } from './pageRepeatSignerChecks';

/** The running stall: how many signed, how many reached the group, and the way back in. */
export function StallSessionPanel({ session }: { session: StallSession }) {
  const { t } = useTranslation('stall');
  const database = useDatabase();
  const repeatChecks = useRepeatSignerChecks();
  const language = useUiLanguage();
  const [, navigate] = useLocation();
  const stallCase = useLiveQuery(
    () => database.cases.get(session.caseId),
    [database, session.caseId],
  );
  const waiting = session.signupCount - session.deliveredCount;

  return (
    <section className="stall-session" aria-labelledby="stall-session-heading">
      <h2 id="stall-session-heading">{t('session.heading')}</h2>
      <dl className="fact-list">
        <div>
          <dt>{t('session.case')}</dt>
          <dd>{stallCase ? stallCase.title[language] : session.caseId}</dd>
        </div>
        <div>
          <dt>{t('session.place')}</dt>
          <dd>{session.place}</dd>
        </div>
        <div>
          <dt>{t('session.started')}</dt>
          <dd>{formatMoment(session.startedAt, language)}</dd>
        </div>
      </dl>
      <dl className="stall-counts">
        <div>
          <dt>{t('session.signed')}</dt>
          <dd>{session.signupCount}</dd>
        </div>
        <div>
          <dt>{t('session.delivered')}</dt>
          <dd>{session.deliveredCount}</dd>
        </div>
        <div>
          <dt>{t('session.waiting')}</dt>
          <dd>{waiting}</dd>
        </div>
      </dl>
      {(session.repeatCount ?? 0) > 0 && (
        <p className="stall-repeats">{t('session.repeats', { count: session.repeatCount })}</p>
      )}
      <p className="hint">{t('session.deliveredHint')}</p>
      <div className="form-actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            void openKiosk(database, session.id).then(() => navigate('/stall/kiosk'));
          }}
        >
          {t('session.openKiosk')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() =>
            void endStallSession(database, session.id).then(() => repeatChecks.forget(session.id))
          }
        >
          {t('session.end')}
        </button>
      </div>
      {/* Someone who would rather act on their own phone takes the case with them. */}
      {stallCase && stallCase.status !== 'withdrawn' && <HandToPasserBy item={stallCase} />}
    </section>
  );
}
