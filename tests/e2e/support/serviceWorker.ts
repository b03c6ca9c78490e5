import type { Page } from '@playwright/test';

/**
 * Resolves once a service worker is active and controls the page, which is the moment the app
 * shell is fully precached and the page would survive going offline.
 */
export async function waitForServiceWorkerControl(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
    return registration.active?.scriptURL ?? '';
  });
}

/** Whether the page can reach the server at all (through the service worker, which passes /api/ on). */
export async function serverIsReachable(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    fetch('/api/health', { cache: 'no-store' }).then(
      (response) => response.ok,
      () => false,
    ),
  );
}
