import type { CartaDatabase } from '../db/database';
import { countWaiting } from './waitingCount';
import { runSync, type SyncEngineDeps, type SyncRunResult } from './syncEngine';

/** While anything waits, look again at least this often, even if no event wakes us. */
export const HEARTBEAT_MS = 30_000;

export interface SyncSchedulerDeps extends SyncEngineDeps {
  database: CartaDatabase;
  /** Where `online` fires (the window); absent in tests that drive the scheduler by hand. */
  events?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  document?: Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'>;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export interface SyncScheduler {
  /** Runs a sync now, or right after the one in flight; `force` skips the backoff ("Sync now"). */
  requestSync(options?: { force?: boolean }): Promise<SyncRunResult>;
  stop(): void;
}

/**
 * Decides when to sync: at start, when the connection returns, when the app comes back into
 * view, right after something is queued, and on a timer while anything waits. The engine itself
 * guarantees one run at a time; this only avoids piling up redundant requests.
 */
export function startSyncScheduler(deps: SyncSchedulerDeps): SyncScheduler {
  const now = deps.now ?? (() => new Date());
  const setTimer = deps.setTimer ?? ((cb, ms) => setTimeout(cb, ms));
  const clearTimer = deps.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  let timer: unknown = null;
  let inFlight: Promise<SyncRunResult> | null = null;
  let queued: Promise<SyncRunResult> | null = null;
  let queuedForce = false;
  let stopped = false;

  async function scheduleNext(result: SyncRunResult): Promise<void> {
    if (stopped) return;
    if (timer !== null) clearTimer(timer);
    timer = null;
    // Nothing will change until the member joins (again): no timer may keep knocking.
    if (
      result.outcome === 'not-joined' ||
      result.outcome === 'needs-rejoin' ||
      result.outcome === 'removed'
    ) {
      return;
    }
    const waiting = await countWaiting(deps.database);
    if (waiting === 0) return;
    let delay = HEARTBEAT_MS;
    if (result.outcome === 'failed') delay = Date.parse(result.retryAt) - now().getTime();
    if (result.outcome === 'backing-off') delay = Date.parse(result.until) - now().getTime();
    timer = setTimer(
      () => {
        timer = null;
        void requestSync();
      },
      Math.max(1_000, Math.min(delay, HEARTBEAT_MS * 10)),
    );
  }

  function start(force: boolean): Promise<SyncRunResult> {
    inFlight = runSync(deps, { force })
      .catch((error: unknown): SyncRunResult => {
        // A bug or a closed database must not stop future attempts, nor spin: try again later.
        console.error('sync failed', error);
        const retryAt = new Date(now().getTime() + HEARTBEAT_MS).toISOString();
        return { outcome: 'failed', reason: 'unexpected', retryAt };
      })
      .then(async (result) => {
        await scheduleNext(result);
        inFlight = null;
        return result;
      });
    return inFlight;
  }

  function requestSync(options: { force?: boolean } = {}): Promise<SyncRunResult> {
    const force = options.force ?? false;
    if (!inFlight) return start(force);
    // Something may have been queued after the running sync read the outbox: run once more after
    // it, however many callers ask in the meantime.
    queuedForce ||= force;
    queued ??= inFlight.then(() => {
      const nextForce = queuedForce;
      queued = null;
      queuedForce = false;
      return start(nextForce);
    });
    return queued;
  }

  const onOnline = () => void requestSync({ force: true });
  const onVisible = () => {
    if (deps.document?.visibilityState === 'visible') void requestSync();
  };
  deps.events?.addEventListener('online', onOnline);
  deps.document?.addEventListener('visibilitychange', onVisible);
  void requestSync();

  return {
    requestSync,
    stop() {
      stopped = true;
      if (timer !== null) clearTimer(timer);
      deps.events?.removeEventListener('online', onOnline);
      deps.document?.removeEventListener('visibilitychange', onVisible);
    },
  };
}
