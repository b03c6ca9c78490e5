import { databaseErrorCode } from '../store/databaseError';
import type { LogLine } from '../http/requestLog';
import type { Store } from '../store/openStore';
import { deleteSignUpsMadeBefore } from '../store/signUpRepository';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

export type SignUpDeletionReason = 'retention' | 'export';

/**
 * The one line a deletion of sign-ups leaves in the log: how many and why, never whose. The
 * group's id tells the operator which group's data went.
 */
export function signUpDeletionLine(
  reason: SignUpDeletionReason,
  count: number,
  groupId: string,
): string {
  return `signups_deleted reason=${reason} count=${count} group=${groupId}`;
}

/** The instant before which a sign-up has been kept for `retentionDays` and must go. */
export function retentionCutoff(now: Date, retentionDays: number): Date {
  return new Date(now.getTime() - retentionDays * DAY_MS);
}

/** When a sign-up made at `madeAt` has been kept for `retentionDays` (in UTC, like the day shown). */
export function retentionEndsAt(madeAt: Date, retentionDays: number): Date {
  return new Date(madeAt.getTime() + retentionDays * DAY_MS);
}

/** Deletes every sign-up older than the retention period and logs the count per group. */
export async function sweepExpiredSignUps(
  store: Store,
  retentionDays: number,
  log: LogLine,
  now: Date = new Date(),
): Promise<number> {
  const deleted = await deleteSignUpsMadeBefore(store.db, retentionCutoff(now, retentionDays));
  let total = 0;
  for (const [groupId, count] of deleted) {
    log(signUpDeletionLine('retention', count, groupId));
    total += count;
  }
  return total;
}

export interface SignUpRetention {
  /** Stops the timer and waits for a sweep in progress, so the store can close after it. */
  stop(): Promise<void>;
}

/**
 * Sweeps at once and then every hour, so nothing outlives its retention by more than an hour even
 * on a server that runs for months. The timer is unref'd: it never keeps the process alive.
 */
export function startSignUpRetention({
  store,
  retentionDays,
  log,
  logError = console.error,
  intervalMs = HOUR_MS,
}: {
  store: Store;
  retentionDays: number;
  log: LogLine;
  logError?: (message: string) => void;
  intervalMs?: number;
}): SignUpRetention {
  let running: Promise<void> = Promise.resolve();

  const sweep = () => {
    running = running.then(async () => {
      try {
        await sweepExpiredSignUps(store, retentionDays, log);
      } catch (error) {
        // A database hiccup must not end the server; the next hour tries again.
        // A database error's message holds the statement and its values: only its code is logged.
        const code = databaseErrorCode(error);
        logError(
          `Sign-up retention sweep failed: ${
            code ? `database error ${code}` : error instanceof Error ? error.message : String(error)
          }`,
        );
      }
    });
  };

  sweep();
  const timer = setInterval(sweep, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
