import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../ui/DatabaseContext';
import { WrongPassphraseError, type GroupKeyBackup } from '../../domain/groupKeyBackup';
import { fetchSealedSignUps } from '../../sync/coordinatorApi';
import { describeCoordinatorFailure } from './coordinatorFailure';
import { downloadFile } from '../../ui/downloadFile';
import { decryptSignupsToCsv, exportFileName, type SignupExport } from './exportSignups';

type Result =
  | { kind: 'done'; summary: Omit<SignupExport, 'csv'> }
  | { kind: 'wrongPassphrase' }
  | { kind: 'failed'; text: string };

// Excel reads a CSV as the machine's legacy code page unless it starts with a byte order mark;
// without it "Peñalosa" arrives as "PeÃ±alosa".
const UTF8_BOM = '\uFEFF';

/** What an export put in the file, for deleting exactly that from the server afterwards. */
export interface FinishedExport {
  exported: number;
  /** Every sign-up the server sent is in the file: none sealed to another key, none unreadable. */
  complete: boolean;
  /** The latest arrival among them, as the server said; later arrivals were not exported. */
  receivedThrough: string | null;
}

/** Passphrase → fetch the sealed sign-ups → open them here → a CSV download. */
export function ExportSignups({
  backup,
  onExported,
}: {
  backup: GroupKeyBackup;
  onExported?: (finished: FinishedExport) => void;
}) {
  const { t } = useTranslation('coordinator');
  const database = useDatabase();
  const id = useId();
  const [passphrase, setPassphrase] = useState('');
  const [working, setWorking] = useState(false);
  const [result, setResult] = useState<Result | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setWorking(true);
    setResult(null);
    try {
      const fetched = await fetchSealedSignUps(database);
      if (!fetched.ok) {
        setResult({ kind: 'failed', text: describeCoordinatorFailure(t, fetched) });
        return;
      }
      const { csv, ...summary } = await decryptSignupsToCsv(backup, passphrase, fetched.signups);
      setPassphrase('');
      downloadFile(exportFileName(new Date()), UTF8_BOM + csv, 'text/csv;charset=utf-8');
      setResult({ kind: 'done', summary });
      onExported?.({
        exported: summary.decrypted,
        complete: summary.otherKey === 0 && summary.broken === 0,
        receivedThrough: fetched.receivedThrough,
      });
    } catch (error) {
      setResult(
        error instanceof WrongPassphraseError
          ? { kind: 'wrongPassphrase' }
          : { kind: 'failed', text: t('errors.unexpected') },
      );
    } finally {
      setWorking(false);
    }
  }

  const wrong = result?.kind === 'wrongPassphrase';
  return (
    <section className="coordinator-block" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('export.heading')}</h3>
      <p className="hint">{t('export.text')}</p>
      <form className="coordinator-form" noValidate onSubmit={(event) => void submit(event)}>
        <div className="field">
          <label htmlFor={`${id}-passphrase`}>{t('export.passphrase')}</label>
          {wrong && (
            <p id={`${id}-error`} className="field-error">
              {t('export.errors.wrongPassphrase')}
            </p>
          )}
          <input
            id={`${id}-passphrase`}
            type="password"
            autoComplete="current-password"
            value={passphrase}
            aria-invalid={wrong || undefined}
            aria-describedby={wrong ? `${id}-error` : undefined}
            onChange={(event) => setPassphrase(event.target.value)}
          />
        </div>
        <button type="submit" className="button" disabled={working}>
          {working ? t('export.working') : t('export.submit')}
        </button>
        <div role="status" className="coordinator-result">
          {result?.kind === 'done' && (
            <>
              <p>{t('export.done', { count: result.summary.decrypted })}</p>
              {result.summary.otherKey > 0 && (
                <p>{t('export.otherKey', { count: result.summary.otherKey })}</p>
              )}
              {result.summary.broken > 0 && (
                <p className="field-error">
                  {t('export.broken', { count: result.summary.broken })}
                </p>
              )}
            </>
          )}
          {result?.kind === 'failed' && <p className="field-error">{result.text}</p>}
        </div>
      </form>
    </section>
  );
}
