import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../ui/DatabaseContext';
import { useUiLanguage } from '../../ui/useUiLanguage';
import { ACTION_TYPES } from '../../domain/actionTypes';
import { formatMoment } from '../../ui/relativeTime';

/** What the whole group has done on this case, as the server last said (delivered reports only). */
export function GroupTotals({ caseId }: { caseId: string }) {
  const { t } = useTranslation('actions');
  const language = useUiLanguage();
  const database = useDatabase();
  const view = useLiveQuery(
    async () => ({
      joined: (await database.group.get('current')) !== undefined,
      totals: (await database.totals.get(caseId)) ?? null,
    }),
    [database, caseId],
  );
  if (!view) return null;
  const counted = ACTION_TYPES.filter((type) => (view.totals?.counts[type] ?? 0) > 0);
  return (
    <div className="group-totals">
      <h3>{t('totals.heading')}</h3>
      {!view.joined ? (
        <p className="hint">{t('totals.notJoined')}</p>
      ) : counted.length === 0 || !view.totals ? (
        <p className="hint">{t('totals.none')}</p>
      ) : (
        <>
          <ul className="totals-list">
            {counted.map((type) => (
              <li key={type}>{t(`count.${type}`, { count: view.totals?.counts[type] ?? 0 })}</li>
            ))}
          </ul>
          <p className="hint">
            {t('totals.asOf', { time: formatMoment(view.totals.receivedAt, language) })}
          </p>
        </>
      )}
    </div>
  );
}
