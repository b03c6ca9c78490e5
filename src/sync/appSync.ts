import type { SyncRunResult } from './syncEngine';
import { startSyncScheduler, type SyncScheduler, type SyncSchedulerDeps } from './syncScheduler';

/** The Background Sync tag the service worker listens for (see sw.ts). */
export const OUTBOX_SYNC_TAG = 'carta-outbox';

// The app has exactly one scheduler: every tab runs its own, but within a tab a second one would
// double every trigger. Tests start theirs against their own database.
let scheduler: SyncScheduler | null = null;

export function startAppSync(deps: SyncSchedulerDeps): SyncScheduler {
  scheduler?.stop();
  scheduler = startSyncScheduler(deps);
  return scheduler;
}

export function stopAppSync(): void {
  scheduler?.stop();
  scheduler = null;
}

/**
 * Asks the app's scheduler for a sync; `force` is the member's "Sync now". Resolves to null when no
 * scheduler runs (a test that renders screens without one): the records stay safely in the outbox.
 */
export function requestSync(options: { force?: boolean } = {}): Promise<SyncRunResult | null> {
  return scheduler ? scheduler.requestSync(options) : Promise.resolve(null);
}

interface BackgroundSyncRegistration {
  sync?: { register(tag: string): Promise<void> };
}

/**
 * Background Sync lets the browser wake the service worker once the phone is back online, even
 * after Carta's tab was closed. It is only a trigger: the outbox stays the one copy of the data.
 */
export async function registerBackgroundSync(): Promise<void> {
  if (typeof navigator === 'undefined' || !navigator.serviceWorker) return;
  try {
    // getRegistration, not `ready`: `ready` never settles where no service worker is installed.
    const registration = (await navigator.serviceWorker.getRegistration()) as
      (ServiceWorkerRegistration & BackgroundSyncRegistration) | undefined;
    await registration?.sync?.register(OUTBOX_SYNC_TAG);
  } catch {
    // Refused (permissions, private mode): the app's own triggers still deliver the outbox.
  }
}
