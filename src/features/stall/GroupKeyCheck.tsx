import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../ui/DatabaseContext';
import { KeyFingerprint } from '../../ui/KeyFingerprint';
import type { OfferedGroupKey } from '../../db/rows';
import { answerOfferedKey, confirmOfferedKey } from '../../sync/groupKeyPin';

/**
 * The server announced a group key this phone does not trust yet. Only a person can tell whether
 * the coordinator made it: the volunteer compares its fingerprint with the one the coordinator's
 * screen shows, and until they say it matches no new sign-up is sealed on this phone.
 */
export function GroupKeyCheck({
  offered,
  onConfirmed,
}: {
  offered: OfferedGroupKey;
  onConfirmed: () => void;
}) {
  const { t } = useTranslation('stall');
  const database = useDatabase();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const rejected = offered.rejectedAt !== null;

  async function answer(change: () => Promise<unknown>) {
    setBusy(true);
    try {
      await change();
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="stall-key-check" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('keyCheck.heading')}</h2>
      <p>{t('keyCheck.stopped')}</p>
      <p>{t('keyCheck.ask')}</p>
      <p className="stall-key-fingerprint">
        {t('keyCheck.fingerprint')} <KeyFingerprint value={offered.fingerprint} />
      </p>
      <p className="hint">{t('keyCheck.queued')}</p>
      {rejected ? (
        <>
          <div className="form-problem" role="alert">
            <p>{t('keyCheck.rejected')}</p>
          </div>
          <div className="form-actions">
            <button
              type="button"
              className="button button-secondary"
              disabled={busy}
              onClick={() =>
                void answer(() => answerOfferedKey(database, offered.fingerprint, false))
              }
            >
              {t('keyCheck.compareAgain')}
            </button>
          </div>
        </>
      ) : (
        <div className="form-actions">
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() =>
              void answer(async () => {
                if (await confirmOfferedKey(database, offered.fingerprint)) onConfirmed();
              })
            }
          >
            {t('keyCheck.matches')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            disabled={busy}
            onClick={() => void answer(() => answerOfferedKey(database, offered.fingerprint, true))}
          >
            {t('keyCheck.doesNotMatch')}
          </button>
        </div>
      )}
    </section>
  );
}
