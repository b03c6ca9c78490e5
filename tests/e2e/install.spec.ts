import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type BrowserContext } from '@playwright/test';
import { waitForServiceWorkerControl } from './support/serviceWorker';

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

/** Width and height from a PNG's IHDR chunk, which always starts at byte 16. */
function pngSize(png: Buffer): string {
  return `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`;
}

// Chromium never offers to install from an incognito-like profile, and every context of the shared
// browser is one ("in-incognito"), so this story runs in a real profile of its own.
let userDataDir: string;
let context: BrowserContext;

test.beforeEach(async ({ baseURL, viewport, isMobile, hasTouch, locale, launchOptions }) => {
  userDataDir = mkdtempSync(join(tmpdir(), 'carta-e2e-profile-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    ...launchOptions,
    baseURL,
    viewport,
    isMobile,
    hasTouch,
    locale,
  });
});

test.afterEach(async () => {
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
});

test('Chromium offers to install Carta, with icons for every home screen', async () => {
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
  await waitForServiceWorkerControl(page);

  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors).toEqual([]);
  const { errors: manifestErrors } = await cdp.send('Page.getAppManifest');
  expect(manifestErrors).toEqual([]);

  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(manifestHref).toBeTruthy();
  const manifest = (await (await page.request.get(manifestHref ?? '')).json()) as {
    display: string;
    start_url: string;
    icons: ManifestIcon[];
  };
  expect(manifest.display).toBe('standalone');
  expect(manifest.start_url).toBe('/');

  const icons = await Promise.all(
    manifest.icons.map(async (icon) => {
      const response = await page.request.get(icon.src);
      expect(response.ok(), icon.src).toBe(true);
      return { size: pngSize(await response.body()), purpose: icon.purpose ?? 'any' };
    }),
  );
  expect(icons).toEqual(
    expect.arrayContaining([
      { size: '192x192', purpose: 'any' },
      { size: '512x512', purpose: 'any' },
      { size: '512x512', purpose: 'maskable' },
    ]),
  );
});
