import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../../domain/calendarDate';
import type { SignUpRetention } from '../../domain/groupAdminProtocol';
import { fetchSignUpRetention } from '../../sync/groupAdminApi';
import { useDatabase } from '../../ui/DatabaseContext';
import { useUiLanguage } from '../../ui/useUiLanguage';
import { describeCoordinatorFailure } from './coordinatorFailure';

/** How many sign-ups the server holds, how long it keeps them, and when the oldest goes. */
export function SignUpRetentionStatus() {
  const { t } = useTranslation('coordinator');
  const language = useUiLanguage();
  const database = useDatabase();
  const [state, setState] = useState<SignUpRetention | string | null>(null);

  useEffect(() => {
    let current = true;
    void fetchSignUpRetention(database).then((outcome) => {
      if (current)
        setState(outcome.ok ? outcome.retention : describeCoordinatorFailure(t, outcome));
    });
    return () => {
      current = false;
    };
  }, [database, t]);

  if (state === null) return <p>{t('retention.loading')}</p>;
  if (typeof state === 'string') return <p className="field-error">{state}</p>;
  return (
    <div className="coordinator-status">
      <p>{t('retention.rule', { count: state.retentionDays })}</p>
      <p>
        {state.stored === 0 || !state.oldestSignedAt || !state.oldestGoesOn
          ? t('retention.none')
          : t('retention.stored', {
              count: state.stored,
              oldest: formatCalendarDate(state.oldestSignedAt.slice(0, 10), language),
              goes: formatCalendarDate(state.oldestGoesOn, language),
            })}
      </p>
    </div>
  );
}
