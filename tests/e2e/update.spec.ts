import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { axeViolations } from './support/axe';
import { startCartaServer, type RunningServer } from './support/cartaServer';
import { UPDATE_SERVER_PORT } from './support/ports';
import { waitForServiceWorkerControl } from './support/serviceWorker';

/**
 * Turns a copy of the build into "version B" the way a real release looks to a phone: index.html
 * changes, so sw.js changes (its precache list carries the page's new revision). Rebuilding
 * would take longer than the whole rest of the story.
 */
function publishVersionB(distDir: string) {
  const indexPath = join(distDir, 'index.html');
  const html = readFileSync(indexPath, 'utf8');
  writeFileSync(indexPath, html.replace('<head>', '<head><meta name="carta-build" content="B">'));

  const swPath = join(distDir, 'sw.js');
  const sw = readFileSync(swPath, 'utf8');
  const manifestText = /\[\{"(?:url|revision)":.*?\}\]/s.exec(sw)?.[0];
  if (!manifestText) throw new Error('No precache manifest in sw.js');
  const manifest = JSON.parse(manifestText) as Array<{ url: string; revision: string | null }>;
  const index = manifest.find((entry) => entry.url === 'index.html');
  if (!index) throw new Error('index.html is not precached');
  index.revision = 'version-b';
  writeFileSync(swPath, sw.replace(manifestText, JSON.stringify(manifest)));
}

let distDir: string;
let server: RunningServer;

test.beforeEach(async () => {
  // A server of its own on a fresh embedded database: slow to start on a busy machine.
  test.setTimeout(120_000);
  distDir = mkdtempSync(join(tmpdir(), 'carta-e2e-dist-'));
  cpSync('dist', distDir, { recursive: true });
  server = await startCartaServer({ port: UPDATE_SERVER_PORT, distDir });
});

test.afterEach(async () => {
  await server.stop();
  rmSync(distDir, { recursive: true, force: true });
});

test('a new version waits for the member, and Reload brings it in', async ({ page }) => {
  await page.goto(`${server.origin}/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
  await waitForServiceWorkerControl(page);
  // Anything a member has on screen lives in this page; it disappears only on a reload.
  await page.evaluate(() => Object.assign(window, { halfWrittenLetter: 'Estimada Presidenta' }));

  publishVersionB(distDir);
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });

  await expect(page.getByRole('status')).toHaveText('A new version is ready');
  const stillWaiting = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return registration?.waiting?.state;
  });
  expect(stillWaiting).toBe('installed');
  expect(await page.evaluate(() => 'halfWrittenLetter' in window)).toBe(true);
  await expect(page.locator('meta[name="carta-build"]')).toHaveCount(0);
  expect(await axeViolations(new AxeBuilder({ page }).include('.update-prompt'))).toEqual([]);

  const reloaded = page.waitForEvent('load');
  await page.getByRole('button', { name: 'Reload' }).click();
  await reloaded;

  await expect(page.locator('meta[name="carta-build"]')).toHaveAttribute('content', 'B');
  expect(await page.evaluate(() => 'halfWrittenLetter' in window)).toBe(false);
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('');
});
