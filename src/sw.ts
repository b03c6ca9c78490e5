/// <reference lib="webworker" />
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { forgetStartScreens, servedWithStartScreen } from './serviceWorker/startScreen';
import { db } from './db/database';
import { openKioskSession } from './db/openKiosk';
import { OUTBOX_SYNC_TAG } from './sync/backgroundSync';
import { runSync } from './sync/syncEngine';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<PrecacheEntry | string>;
};

// The build replaces __WB_MANIFEST with every file of the app shell: HTML, scripts (the locale
// and bundled-case chunks among them), styles, icons and the web manifest.
// Without the directory index, "/" is a navigation like any other in-app path (below), so the
// start page gets its copy of the list too.
precacheAndRoute(self.__WB_MANIFEST, { directoryIndex: '' });
cleanupOutdatedCaches();

// Every in-app path (/cases/ua-105-22, /settings, …) is a client-side route, so a deep link
// opened offline must get the cached shell. The API is excluded: a cached HTML page answering
// an API call would look like a successful sync to the client.
const appShell = createHandlerBoundToURL('index.html');
registerRoute(
  new NavigationRoute(
    async (options) =>
      servedWithStartScreen(await appShell(options), options.url, {
        caches,
        now: new Date(),
        kioskOpen: async () => (await openKioskSession(db)) !== null,
      }),
    { denylist: [/^\/api(\/|$)/] },
  ),
);

// A new version waits until the member chooses "Reload": taking over on its own could reload
// the page while a letter is half-written.
self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const data: unknown = event.data;
  if (typeof data === 'object' && data !== null && 'type' in data && data.type === 'SKIP_WAITING') {
    void self.skipWaiting();
  }
});

// The first install has no earlier version to respect, and claiming the open page at once is
// what lets a member go offline straight after their first visit. Later versions only activate
// after the member's click (or when every tab has closed), so they never claim anything.
let isFirstInstall = false;
self.addEventListener('install', () => {
  isFirstInstall = self.registration.active === null;
});
self.addEventListener('activate', (event: ExtendableEvent) => {
  if (isFirstInstall) {
    event.waitUntil(self.clients.claim());
  }
});

interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
}

// Background Sync wakes the worker when the connection returns, even with every tab closed. The
// outbox in IndexedDB holds the records; this only runs the same engine (under the same lock as
// the tabs). A failed run rejects, so the browser schedules another attempt later.
self.addEventListener('sync', (event: Event) => {
  const syncEvent = event as SyncEvent;
  if (syncEvent.tag !== OUTBOX_SYNC_TAG) return;
  syncEvent.waitUntil(
    runSync(
      {
        database: db,
        fetch: (input, init) => self.fetch(input, init),
        locks: self.navigator.locks,
      },
      // The browser fires this because the network is back, so an offline backoff no longer applies.
      { force: true },
    ).then(async (result) => {
      // The group's cases may have changed with no screen open to write a new copy of itself.
      await forgetStartScreens(caches);
      if (result.outcome === 'failed') throw new Error(`Sync failed: ${result.reason}`);
    }),
  );
});
