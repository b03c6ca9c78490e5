import { Workbox } from 'workbox-window';

/** What the update prompt needs from workbox-window; tests hand in a fake with the same shape. */
export interface ServiceWorkerUpdates {
  register(): Promise<ServiceWorkerRegistration | undefined>;
  update(): Promise<void>;
  messageSkipWaiting(): void;
  addEventListener(type: 'waiting' | 'controlling', listener: () => void): void;
  removeEventListener(type: 'waiting' | 'controlling', listener: () => void): void;
}

/** The app's service worker; `loadAppWorkbox` decides whether there is to be one. */
export const appWorkbox: ServiceWorkerUpdates = new Workbox('/sw.js', { scope: '/' });
