import type { Transaction } from 'dexie';
import type { CartaDatabase } from '../db/database';
import type { SyncRunResult } from './syncEngine';
import type { SyncScheduler, SyncSchedulerDeps } from './syncScheduler';

/**
 * The app's delivery of its outbox, owned by whoever starts the app (main.tsx, or a test): one per
 * tab, since a second scheduler in the same tab would double every trigger. Until it is started,
 * records wait safely in the outbox and `requestSync` answers null.
 */
export class AppSync {
  private scheduler: SyncScheduler | null = null;
  /** The engine's code while it downloads: it stays off the first load (see `start`). */
  private starting: Promise<void> | null = null;
  /** Which start or load is current: one that a later start or a stop overtook does nothing. */
  private attempt = 0;
  /** What `start` was given, kept for an engine loaded later, when the phone joins a group. */
  private deps: Omit<SyncSchedulerDeps, 'database'> | null = null;
  private readonly stopWatching: () => void;

  constructor(private readonly database: CartaDatabase) {
    // Watching from the start, not from `start`: a record saved before the engine has loaded must
    // still ask for persistent storage and a Background Sync.
    this.stopWatching = whenRecordQueued(database.outbox, () => this.recordQueued());
  }

  /**
   * Starts delivering: loads the engine now if the phone is in a group, or on the first
   * `requestSync` otherwise (joining asks for one, and so does every record queued). A phone in no
   * group has no server to deliver to or fetch cases from, so a first visit never downloads or
   * evaluates the engine, its server client and their schemas.
   */
  start(deps: Omit<SyncSchedulerDeps, 'database'>): void {
    this.stopScheduler();
    this.deps = deps;
    const attempt = this.attempt;
    this.starting = this.database.group.get('current').then(
      (membership) => (membership ? this.loadScheduler(attempt) : undefined),
      (error: unknown) => {
        // The engine reads the same row and reports what went wrong on the first request.
        console.error('Could not read the group membership', error);
      },
    );
  }

  stop(): void {
    this.stopWatching();
    this.deps = null;
    this.stopScheduler();
  }

  /** A sync now, or right after the one in flight; `force` is the member's "Sync now". */
  async requestSync(options: { force?: boolean } = {}): Promise<SyncRunResult | null> {
    if (this.starting) await this.starting;
    if (!this.scheduler && this.deps) {
      // Two requests at once load it once: the second finds the first's scheduler (see below).
      this.starting = this.loadScheduler(this.attempt);
      await this.starting;
    }
    return this.scheduler ? this.scheduler.requestSync(options) : null;
  }

  /** The engine and its scheduler, fetched here rather than with the first screen. */
  private loadScheduler(attempt: number): Promise<void> {
    return import('./syncScheduler').then(
      ({ startSyncScheduler }) => {
        // A later start or a stop while the code was arriving wins, and so does a load that
        // finished first.
        if (attempt !== this.attempt || !this.deps || this.scheduler) return;
        this.scheduler = startSyncScheduler({ ...this.deps, database: this.database });
      },
      (error: unknown) => {
        // Only a broken deployment gets here (every chunk is precached); records wait in the outbox.
        console.error('Could not load the sync engine', error);
      },
    );
  }

  private stopScheduler(): void {
    this.attempt += 1;
    this.starting = null;
    this.scheduler?.stop();
    this.scheduler = null;
  }

  /** What follows any record reaching the outbox: keep the data safe, then try to deliver it. */
  private recordQueued(): void {
    // Both are imported here, not at the top: no first screen needs them before a record exists.
    void import('./persistentStorage').then((m) => m.askForPersistentStorageOnce());
    void this.requestSync();
    void import('./backgroundSync').then((m) => m.registerBackgroundSync());
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
