import { useCallback, useEffect, useState } from 'react';
import type { ServiceWorkerUpdates } from './appWorkbox';

const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

export interface ServiceWorkerState {
  /** A new version is installed and waits for the member's go-ahead. */
  updateReady: boolean;
  /** Activates the waiting version, then reloads once it controls the page. */
  reloadIntoUpdate: () => void;
  /** Hides the prompt; the waiting version takes over when every tab has closed. */
  postponeUpdate: () => void;
}

// register() may only be called once per Workbox; React can run an effect twice.
const registered = new WeakSet<ServiceWorkerUpdates>();

export function useServiceWorker(
  workbox: ServiceWorkerUpdates | null,
  reloadPage: () => void,
): ServiceWorkerState {
  const [updateReady, setUpdateReady] = useState(false);

  useEffect(() => {
    if (!workbox) return;
    const showPrompt = () => setUpdateReady(true);
    workbox.addEventListener('waiting', showPrompt);
    if (!registered.has(workbox)) {
      registered.add(workbox);
      workbox.register().catch((error: unknown) => {
        // Without a service worker the app still works online; offline use is what is lost.
        console.error('Service worker registration failed', error);
      });
    }

    // Phones keep a tab open for days, so look for a new version when the member comes back to
    // it and once an hour while it stays open.
    const checkForUpdate = () => {
      workbox.update().catch(() => {
        // Offline or the server is down: the next check will try again.
      });
    };
    const onVisibilityChange = () => {
      if (document.visibilityState === 'visible') checkForUpdate();
    };
    document.addEventListener('visibilitychange', onVisibilityChange);
    const timer = window.setInterval(checkForUpdate, UPDATE_CHECK_INTERVAL_MS);

    return () => {
      workbox.removeEventListener('waiting', showPrompt);
      document.removeEventListener('visibilitychange', onVisibilityChange);
      window.clearInterval(timer);
    };
  }, [workbox]);

  const reloadIntoUpdate = useCallback(() => {
    if (!workbox) return;
    // Listen only now: the first install also fires 'controlling', and that must not reload.
    let reloaded = false;
    workbox.addEventListener('controlling', () => {
      if (reloaded) return;
      reloaded = true;
      reloadPage();
    });
    workbox.messageSkipWaiting();
  }, [workbox, reloadPage]);

  const postponeUpdate = useCallback(() => setUpdateReady(false), []);

  return { updateReady, reloadIntoUpdate, postponeUpdate };
}
