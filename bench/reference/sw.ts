/// <reference lib="webworker" />
import { createHandlerBoundToURL, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<PrecacheEntry | string>;
};

precacheAndRoute(self.__WB_MANIFEST);
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));
// Controls the page of the first visit at once, as Carta's worker does, so the bench can go offline.
self.addEventListener('install', () => void self.skipWaiting());
self.addEventListener('activate', (event: ExtendableEvent) =>
  event.waitUntil(self.clients.claim()),
);
