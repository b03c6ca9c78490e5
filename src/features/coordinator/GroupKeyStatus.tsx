import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../ui/DatabaseContext';
import { backupFileName, type GroupKeyBackup } from '../../domain/groupKeyBackup';
import type { GroupMembership } from '../../db/rows';
import { uploadGroupKey } from '../../sync/coordinatorApi';
import { describeCoordinatorFailure } from './coordinatorFailure';
import { downloadFile } from '../../ui/downloadFile';
import { KeyFingerprint } from '../../ui/KeyFingerprint';
import { useKeyFingerprint } from './useKeyFingerprint';

/** Which key this phone holds, whether the server has it, and the two things to do with it. */
export function GroupKeyStatus({
  backup,
  membership,
}: {
  backup: GroupKeyBackup | null;
  membership: GroupMembership;
}) {
  const { t } = useTranslation('coordinator');
  const database = useDatabase();
  const [sending, setSending] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const fingerprint = useKeyFingerprint(backup?.publicKey ?? '');

  if (!backup) {
    return <p className="coordinator-status">{t('status.none')}</p>;
  }
  // What the server last announced: a key this phone has not confirmed yet is still the server's.
  const serverKeyId = membership.offeredKey ? membership.offeredKey.keyId : membership.publicKeyId;
  const onServer = serverKeyId === backup.keyId;

  async function send(key: GroupKeyBackup) {
    setSending(true);
    setResult(null);
    const outcome = await uploadGroupKey(database, { publicKey: key.publicKey, keyId: key.keyId });
    setSending(false);
    setResult(
      outcome.ok
        ? { ok: true, text: t('upload.done') }
        : { ok: false, text: describeCoordinatorFailure(t, outcome) },
    );
  }

  return (
    <div className="coordinator-key">
      <div className="coordinator-status">
        <p className="coordinator-fingerprint">
          <strong>{t('status.fingerprint')}</strong>{' '}
          {fingerprint && <KeyFingerprint value={fingerprint} />}
        </p>
        <p className="hint">{t('status.fingerprintText')}</p>
        <p>
          {onServer
            ? t('status.onServer')
            : serverKeyId
              ? t('status.otherOnServer')
              : t('status.notOnServer')}
        </p>
      </div>
      <h3>{t('backup.heading')}</h3>
      <p className="hint">{t('backup.text')}</p>
      <div className="form-actions">
        <button
          type="button"
          className="button button-secondary"
          onClick={() =>
            downloadFile(
              backupFileName(backup),
              JSON.stringify(backup, null, 2),
              'application/json',
            )
          }
        >
          {t('backup.download')}
        </button>
        {!onServer && (
          <button
            type="button"
            className="button"
            disabled={sending}
            onClick={() => void send(backup)}
          >
            {sending ? t('upload.working') : t('upload.submit')}
          </button>
        )}
      </div>
      <p className={result?.ok === false ? 'field-error' : 'coordinator-result'} role="status">
        {result?.text ?? ''}
      </p>
    </div>
  );
}
