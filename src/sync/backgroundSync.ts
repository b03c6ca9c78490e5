/** The Background Sync tag the service worker listens for (see sw.ts). */
export const OUTBOX_SYNC_TAG = 'carta-outbox';

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
