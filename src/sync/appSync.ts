import type { Transaction } from 'dexie';
import type { CartaDatabase } from '../db/database';
import { registerBackgroundSync } from './backgroundSync';
import { askForPersistentStorageOnce } from './persistentStorage';
import type { SyncRunResult } from './syncEngine';
import { startSyncScheduler, type SyncScheduler, type SyncSchedulerDeps } from './syncScheduler';

/**
 * The app's delivery of its outbox, owned by whoever starts the app (main.tsx, or a test): one per
 * tab, since a second scheduler in the same tab would double every trigger. Until it is started,
 * records wait safely in the outbox and `requestSync` answers null.
 */
export class AppSync {
  private scheduler: SyncScheduler | null = null;
  private readonly stopWatching: () => void;

  constructor(private readonly database: CartaDatabase) {
    // Watching from the start, not from `start`: a record saved before the engine has loaded must
    // still ask for persistent storage and a Background Sync.
    this.stopWatching = whenRecordQueued(database.outbox, () => this.recordQueued());
  }

  start(deps: Omit<SyncSchedulerDeps, 'database'>): void {
    this.scheduler?.stop();
    this.scheduler = startSyncScheduler({ ...deps, database: this.database });
  }

  stop(): void {
    this.stopWatching();
    this.scheduler?.stop();
    this.scheduler = null;
  }

  /** A sync now, or right after the one in flight; `force` is the member's "Sync now". */
  requestSync(options: { force?: boolean } = {}): Promise<SyncRunResult | null> {
    return this.scheduler ? this.scheduler.requestSync(options) : Promise.resolve(null);
  }

  /** What follows any record reaching the outbox: keep the data safe, then try to deliver it. */
  private recordQueued(): void {
    void askForPersistentStorageOnce();
    void this.requestSync();
    void registerBackgroundSync();
  }
}

interface OutboxTable {
  hook(event: 'creating'): {
    subscribe(listener: (key: unknown, item: unknown, transaction: Transaction) => void): void;
    unsubscribe(listener: (key: unknown, item: unknown, transaction: Transaction) => void): void;
  };
}

/**
 * Calls `then` after every transaction of this tab that added a record to the outbox has
 * committed. Watching the table, rather than asking every caller to remember, means no way of
 * queueing a record can forget to deliver it; the engine itself only updates and deletes.
 */
function whenRecordQueued(outbox: OutboxTable, then: () => void): () => void {
  const listener = (_key: unknown, _item: unknown, transaction: Transaction) => {
    transaction.on('complete', then);
  };
  outbox.hook('creating').subscribe(listener);
  return () => outbox.hook('creating').unsubscribe(listener);
}
