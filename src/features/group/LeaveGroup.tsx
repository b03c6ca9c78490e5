import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../ui/DatabaseContext';
import { leaveGroup } from '../../sync/leaveGroup';
import '../../ui/forms.css';

/** Leaving asks first, and is refused with the reason while records still wait. */
export function LeaveGroup({ groupName }: { groupName: string }) {
  const { t } = useTranslation('group');
  const database = useDatabase();
  const [confirming, setConfirming] = useState(false);
  const [refusal, setRefusal] = useState<number | null>(null);

  async function leave() {
    const outcome = await leaveGroup(database);
    setConfirming(false);
    if (!outcome.ok) setRefusal(outcome.waiting);
  }

  return (
    <div className="leave-group">
      {refusal !== null && (
        <p className="form-problem" role="alert">
          {t('leave.refused', { count: refusal })}
        </p>
      )}
      {confirming ? (
        <div role="group" aria-label={t('leave.confirm', { group: groupName })}>
          <p>{t('leave.confirm', { group: groupName })}</p>
          <div className="button-row">
            <button type="button" className="button button-danger" onClick={() => void leave()}>
              {t('leave.confirmYes')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setConfirming(false)}
            >
              {t('leave.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            setRefusal(null);
            setConfirming(true);
          }}
        >
          {t('leave.button')}
        </button>
      )}
    </div>
  );
}
