import type { ServiceWorkerUpdates } from './appWorkbox';

/**
 * The app's service worker, or null where there must be none: in development a cached shell
 * would hide every edit, and some browsers (or private modes) have no service workers at all.
 * workbox-window arrives in a chunk of its own: registering waits until the first screen is up.
 */
export async function loadAppWorkbox(): Promise<ServiceWorkerUpdates | null> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return null;
  return (await import('./appWorkbox')).appWorkbox;
}
