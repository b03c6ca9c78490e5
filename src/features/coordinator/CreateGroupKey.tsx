import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../ui/DatabaseContext';
import { MIN_PASSPHRASE_LENGTH, passphraseStrength } from '../../domain/groupKeyBackup';
import { createGroupKey } from './groupKeyStore';

type Problem = 'tooShort' | 'mismatch';

/** Passphrase twice, with a strength hint as it is typed; then the key pair is made here. */
export function CreateGroupKey({
  replacing,
  onCreated,
}: {
  replacing: boolean;
  onCreated: () => void;
}) {
  const { t } = useTranslation('coordinator');
  const database = useDatabase();
  const id = useId();
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [working, setWorking] = useState(false);
  const [failed, setFailed] = useState(false);
  const strength = passphraseStrength(passphrase);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Problem | null =
      [...passphrase].length < MIN_PASSPHRASE_LENGTH
        ? 'tooShort'
        : passphrase !== again
          ? 'mismatch'
          : null;
    setProblem(found);
    setFailed(false);
    if (found) return;
    setWorking(true);
    try {
      await createGroupKey(database, passphrase);
      setPassphrase('');
      setAgain('');
      onCreated();
    } catch {
      setFailed(true);
    } finally {
      setWorking(false);
    }
  }

  const form = (
    <form className="coordinator-form" noValidate onSubmit={(event) => void submit(event)}>
      {replacing && <p className="coordinator-warning">{t('create.replaceWarning')}</p>}
      <div className="field">
        <label htmlFor={`${id}-passphrase`}>{t('create.passphrase')}</label>
        <p id={`${id}-hint`} className="field-hint">
          {t('create.passphraseHint')}
        </p>
        {problem === 'tooShort' && (
          <p id={`${id}-error`} className="field-error">
            {t('create.errors.tooShort')}
          </p>
        )}
        <input
          id={`${id}-passphrase`}
          type="password"
          autoComplete="new-password"
          value={passphrase}
          aria-invalid={problem === 'tooShort' || undefined}
          aria-describedby={`${id}-hint ${id}-strength${problem === 'tooShort' ? ` ${id}-error` : ''}`}
          onChange={(event) => setPassphrase(event.target.value)}
        />
        <p
          id={`${id}-strength`}
          className={`passphrase-strength strength-${strength}`}
          aria-live="polite"
        >
          {passphrase ? t(`create.strength.${strength}`) : ''}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-again`}>{t('create.again')}</label>
        {problem === 'mismatch' && (
          <p id={`${id}-mismatch`} className="field-error">
            {t('create.errors.mismatch')}
          </p>
        )}
        <input
          id={`${id}-again`}
          type="password"
          autoComplete="new-password"
          value={again}
          aria-invalid={problem === 'mismatch' || undefined}
          aria-describedby={problem === 'mismatch' ? `${id}-mismatch` : undefined}
          onChange={(event) => setAgain(event.target.value)}
        />
      </div>
      <button type="submit" className="button" disabled={working}>
        {working ? t('create.working') : t('create.submit')}
      </button>
      <p className="field-error" role="status">
        {failed ? t('errors.unexpected') : ''}
      </p>
    </form>
  );

  if (!replacing) {
    return (
      <section className="coordinator-block" aria-labelledby={`${id}-heading`}>
        <h3 id={`${id}-heading`}>{t('create.heading')}</h3>
        {form}
      </section>
    );
  }
  return (
    <details className="coordinator-block">
      <summary>{t('create.replaceHeading')}</summary>
      <section aria-label={t('create.replaceHeading')}>{form}</section>
    </details>
  );
}
