import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const systemBrowsers = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * Debian's Chromium is the browser here because Playwright's own download cannot reach its CDN;
 * CHROME_PATH wins so anyone can point the tests at another build.
 */
export function findChromium(): string {
  const candidates = [process.env.CHROME_PATH, ...systemBrowsers, safePlaywrightChromium()];
  const found = candidates.find((path): path is string => Boolean(path && existsSync(path)));
  if (!found) {
    throw new Error('No Chromium found: apt-get install -y chromium (or set CHROME_PATH)');
  }
  return found;
}

function safePlaywrightChromium(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

// Root in a container has no sandbox to drop into; the rest stops Chromium from calling home,
// which would hang or slow tests on a machine that reaches only loopback.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
