import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../ui/DatabaseContext';
import { useUiLanguage } from '../../ui/useUiLanguage';
import { useAppSync } from '../../ui/AppSyncContext';
import type { SyncFailureReason, SyncRunResult } from '../../sync/syncEngine';
import { readSyncState } from '../../sync/syncState';
import { formatRelativeTime } from '../../ui/relativeTime';
import { useNow } from './useNow';

type Feedback = 'synced' | 'offline' | 'failed' | 'needsRejoin' | 'removed' | 'notJoined';

function feedbackFor(result: SyncRunResult | null): { key: Feedback; reason?: SyncFailureReason } {
  switch (result?.outcome) {
    case 'synced':
      return { key: 'synced' };
    case 'failed':
      return result.reason === 'offline'
        ? { key: 'offline' }
        : { key: 'failed', reason: result.reason };
    case 'needs-rejoin':
      return { key: 'needsRejoin' };
    case 'removed':
      return { key: 'removed' };
    case 'not-joined':
      return { key: 'notJoined' };
    default:
      return { key: 'offline' };
  }
}

/** "Last synced 5 minutes ago", and the member's "Sync now", which skips any wait. */
export function SyncStatus() {
  const { t } = useTranslation('activity');
  const language = useUiLanguage();
  const database = useDatabase();
  const appSync = useAppSync();
  const now = useNow();
  const state = useLiveQuery(() => readSyncState(database), [database]);
  const [syncing, setSyncing] = useState(false);
  const [feedback, setFeedback] = useState<{ key: Feedback; reason?: SyncFailureReason } | null>(
    null,
  );

  async function syncNow() {
    setSyncing(true);
    setFeedback(null);
    try {
      setFeedback(feedbackFor(await appSync.requestSync({ force: true })));
    } finally {
      setSyncing(false);
    }
  }

  return (
    <div className="sync-status">
      <p className="sync-last">
        {!state?.lastSyncedAt
          ? t('sync.never')
          : now.getTime() - Date.parse(state.lastSyncedAt) < 60_000
            ? t('sync.justNow')
            : t('sync.lastSynced', {
                time: formatRelativeTime(state.lastSyncedAt, now, language),
              })}
      </p>
      <button type="button" className="button" disabled={syncing} onClick={() => void syncNow()}>
        {syncing ? t('sync.syncing') : t('sync.now')}
      </button>
      {!feedback && state && state.failures > 0 && !state.needsRejoin && (
        <p className="sync-feedback">{t('sync.retrying')}</p>
      )}
      <p className="sync-feedback" role="status">
        {feedback
          ? t(`sync.result.${feedback.key}`, {
              reason: feedback.reason ? t(`sync.reason.${feedback.reason}`) : '',
            })
          : ''}
      </p>
    </div>
  );
}
