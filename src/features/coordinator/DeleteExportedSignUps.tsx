import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteExportedSignUps } from '../../sync/groupAdminApi';
import { useDatabase } from '../../ui/DatabaseContext';
import { describeCoordinatorFailure } from './coordinatorFailure';
import type { FinishedExport } from './ExportSignups';

/**
 * After an export, the server's copies of what is now in the file can go. Offered only when the
 * file holds every sign-up the server sent: one sealed to another key would be lost unread.
 */
export function DeleteExportedSignUps({
  finished,
  onDeleted,
}: {
  finished: FinishedExport;
  onDeleted: (deleted: number) => void;
}) {
  const { t } = useTranslation('coordinator');
  const database = useDatabase();
  const [working, setWorking] = useState(false);
  const [problem, setProblem] = useState('');

  if (finished.exported === 0 || !finished.receivedThrough) return null;
  if (!finished.complete) {
    return <p className="coordinator-warning">{t('deleteExported.incomplete')}</p>;
  }
  const receivedThrough = finished.receivedThrough;

  async function remove() {
    if (!window.confirm(t('deleteExported.confirm', { count: finished.exported }))) return;
    setWorking(true);
    const outcome = await deleteExportedSignUps(database, receivedThrough);
    setWorking(false);
    if (outcome.ok) onDeleted(outcome.deleted);
    else setProblem(describeCoordinatorFailure(t, outcome));
  }

  return (
    <div className="coordinator-block">
      <p>{t('deleteExported.text', { count: finished.exported })}</p>
      <button
        type="button"
        className="button button-danger"
        disabled={working}
        onClick={() => void remove()}
      >
        {t('deleteExported.button', { count: finished.exported })}
      </button>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
