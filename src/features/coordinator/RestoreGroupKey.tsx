import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../ui/DatabaseContext';
import { NotAGroupKeyBackupError, WrongPassphraseError } from '../../domain/groupKeyBackup';
import { restoreGroupKey } from './groupKeyStore';

type Outcome = 'done' | 'noFile' | 'notBackup' | 'wrongPassphrase' | 'unexpected';

/** A new or reset phone gets the group key back from the backup file and its passphrase. */
export function RestoreGroupKey() {
  const { t } = useTranslation('coordinator');
  const database = useDatabase();
  const id = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [passphrase, setPassphrase] = useState('');
  const [working, setWorking] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = fileRef.current?.files?.[0];
    if (!file) {
      setOutcome('noFile');
      return;
    }
    setWorking(true);
    setOutcome(null);
    try {
      await restoreGroupKey(database, await file.text(), passphrase);
      setPassphrase('');
      setOutcome('done');
    } catch (error) {
      setOutcome(
        error instanceof NotAGroupKeyBackupError
          ? 'notBackup'
          : error instanceof WrongPassphraseError
            ? 'wrongPassphrase'
            : 'unexpected',
      );
    } finally {
      setWorking(false);
    }
  }

  const message =
    outcome === 'done'
      ? t('restore.done')
      : outcome === 'unexpected'
        ? t('errors.unexpected')
        : outcome
          ? t(`restore.errors.${outcome}`)
          : '';

  return (
    <details className="coordinator-block">
      <summary>{t('restore.heading')}</summary>
      <form
        className="coordinator-form"
        aria-label={t('restore.heading')}
        noValidate
        onSubmit={(event) => void submit(event)}
      >
        <div className="field">
          <label htmlFor={`${id}-file`}>{t('restore.file')}</label>
          <input
            ref={fileRef}
            id={`${id}-file`}
            type="file"
            accept="application/json,.json"
            aria-invalid={outcome === 'noFile' || outcome === 'notBackup' || undefined}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-passphrase`}>{t('restore.passphrase')}</label>
          <input
            id={`${id}-passphrase`}
            type="password"
            autoComplete="current-password"
            value={passphrase}
            aria-invalid={outcome === 'wrongPassphrase' || undefined}
            onChange={(event) => setPassphrase(event.target.value)}
          />
        </div>
        <button type="submit" className="button" disabled={working}>
          {working ? t('restore.working') : t('restore.submit')}
        </button>
        <p className={outcome === 'done' ? 'coordinator-result' : 'field-error'} role="status">
          {message}
        </p>
      </form>
    </details>
  );
}
