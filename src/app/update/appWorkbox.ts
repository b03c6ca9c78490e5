import { Workbox } from 'workbox-window';

/** What the update prompt needs from workbox-window; tests hand in a fake with the same shape. */
export interface ServiceWorkerUpdates {
  register(): Promise<ServiceWorkerRegistration | undefined>;
  update(): Promise<void>;
  messageSkipWaiting(): void;
  addEventListener(type: 'waiting' | 'controlling', listener: () => void): void;
  removeEventListener(type: 'waiting' | 'controlling', listener: () => void): void;
}

/**
 * The app's service worker, or null where there must be none: in development a cached shell
 * would hide every edit, and some browsers (or private modes) have no service workers at all.
 */
export function createAppWorkbox(): ServiceWorkerUpdates | null {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return null;
  return new Workbox('/sw.js', { scope: '/' });
}

export const appWorkbox = createAppWorkbox();
