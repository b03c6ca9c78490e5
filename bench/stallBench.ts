// Row (f) of `npm run bench`: at a stall, how long a passer-by's Sign takes to give the next one an
// empty form, the sign-up sealed to the group's key and stored included. The built app, served by
// the real server, in Chromium at a phone's size; the median of many signs, one after the other.
import { createServer } from 'node:net';
import { chromium, type Page } from '@playwright/test';
import { createGroupKeyPair } from '../src/domain/signupSealing';
import { startCartaServer } from '../tests/e2e/support/cartaServer';
import { chromiumArgs, findChromium } from '../tests/e2e/support/chromium';
import { signAndTimeEmptyForm } from '../tests/e2e/support/kioskTiming';
import type { Measurement } from './measurement';
import { median } from './median';

export const STALL_BENCH_SIGNS = 25;
/** DESIGN.md "Performance budgets": Sign → empty form, median, encryption included. */
export const STALL_SIGN_BUDGET_MS = 150;

const JOIN_CODE = 'BENCH-STALL-JOIN-2026';
const COORDINATOR_CODE = 'BENCH-STALL-COORD-2026';
const PIN = '4829';
const CPU_SLOWDOWN = 4;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

async function postJson(url: string, body: unknown, token?: string): Promise<unknown> {
  const response = await fetch(url, {
    method: url.endsWith('/group/key') ? 'PUT' : 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
  return response.json();
}

/** The coordinator's part, done over the API: the group gets a public key for sign-ups. */
async function giveTheGroupAKey(origin: string): Promise<void> {
  const joined = (await postJson(`${origin}/api/v1/join`, {
    code: COORDINATOR_CODE,
    deviceName: 'Bench coordinator',
  })) as { token: string };
  const pair = await createGroupKeyPair();
  await postJson(
    `${origin}/api/v1/group/key`,
    { publicKey: pair.publicKeySpki, keyId: pair.keyId },
    joined.token,
  );
}

/** A volunteer's phone joins the group and opens the kiosk, as in the browser tests. */
async function openKiosk(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/join#code=${JOIN_CODE}`);
  await page.getByLabel('Name for this phone').fill('Bench stall phone');
  await page.getByRole('button', { name: 'Join group' }).click();
  await page.getByText(/^You joined /).waitFor();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Stall' }).click();
  await page.getByLabel('Where').fill('High Street, outside the library');
  await page.getByLabel('Volunteer PIN').fill(PIN);
  await page.getByLabel('PIN again').fill(PIN);
  await page.getByRole('button', { name: 'Start and open the kiosk' }).click();
  await page.getByRole('heading', { level: 1, name: 'Sign the petition' }).waitFor();
}

/** Signs `STALL_BENCH_SIGNS` passers-by in turn; the time each waited for an empty form. */
async function signOneAfterAnother(page: Page, numberedFrom: number): Promise<number[]> {
  const timings: number[] = [];
  for (let n = numberedFrom + 1; n <= numberedFrom + STALL_BENCH_SIGNS; n += 1) {
    await page.getByLabel('Your name', { exact: true }).fill(`Bench Signer ${n}`);
    await page.getByLabel('Email address', { exact: true }).fill(`signer${n}.bench@example.org`);
    await page.getByLabel(/^Postcode/).fill('B1 1AA');
    await page.getByRole('checkbox', { name: /I sign this petition/ }).check();
    timings.push(await signAndTimeEmptyForm(page, 'Sign'));
  }
  return timings;
}

/** `distDir`: the built app, as an absolute path. */
export async function measureStallSign(distDir: string): Promise<Measurement[]> {
  const server = await startCartaServer({
    port: await freePort(),
    distDir,
    env: { JOIN_CODE, COORDINATOR_CODE },
  });
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  try {
    await giveTheGroupAKey(server.origin);
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      locale: 'en-GB',
    });
    const page = await context.newPage();
    await openKiosk(page, server.origin);
    const atFullSpeed = await signOneAfterAnother(page, 0);
    // A volunteer's phone is a cheap one: the same signs again at the slowdown the start-up rows use.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const slowed = await signOneAfterAnother(page, STALL_BENCH_SIGNS);

    const what =
      `${STALL_BENCH_SIGNS} signs in Chromium (390×844), the built app and the real server, ` +
      `sealing to the group's RSA key included`;
    return [
      {
        name: 'stall: Sign → empty form (median)',
        value: Math.round(median(atFullSpeed) * 10) / 10,
        unit: 'ms',
        budget: { max: STALL_SIGN_BUDGET_MS },
        detail: `median of ${what}`,
      },
      {
        name: `stall: Sign → empty form at ${CPU_SLOWDOWN}× CPU slowdown (median)`,
        value: Math.round(median(slowed) * 10) / 10,
        unit: 'ms',
        detail: `median of ${what}, the CPU slowed ${CPU_SLOWDOWN}× through CDP (for information)`,
      },
    ];
  } finally {
    await browser.close();
    await server.stop();
  }
}
