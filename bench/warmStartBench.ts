// Row (c) of `npm run bench`: a later start, offline, through the service worker: reload → the
// first case title on screen, with the CPU slowed 4× as on a cheap phone. Machines differ, so the
// budget is a ratio to a one-screen app on the same libraries (bench/reference/), built here into
// a temporary folder, served the same way and measured in the same run, interleaved with Carta.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { build } from 'vite';
import { chromiumArgs, findChromium } from '../tests/e2e/support/chromium';
import type { Measurement } from './measurement';
import { median } from './median';
import { startCompiledServer, type CompiledServer } from './serverBench';

/** DESIGN.md "Performance budgets": Carta's warm start ≤ 1.3× the reference app's. */
export const WARM_START_BUDGET_RATIO = 1.3;
// Single reloads vary by half on a shared machine; comparing two builds wants more of them
// (CARTA_BENCH_RELOADS=15).
const RELOADS = Number(process.env.CARTA_BENCH_RELOADS ?? 7);
const CPU_SLOWDOWN = 4;
const SETTLE_AFTER_VISIT_MS = 4_000;
const referenceConfig = fileURLToPath(new URL('./reference/vite.config.ts', import.meta.url));

interface Target {
  name: string;
  page: Page;
  /** The element whose text is the first case title (the reference's one heading). */
  selector: string;
  timings: number[];
  /** When the app's own render showed the title, after a start's copy of the screen (if any). */
  appTimings: number[];
}

/**
 * Installed before any of the page's own scripts: notes when an element matching the selector first
 * has text, at the start of the frame that paints it, in ms since the navigation started; and
 * apart, when it first has text outside the inert copy of the screen a later start shows
 * (src/ui/startScreenSnapshot.ts), that is in the app's own render. As text: tsx's esbuild wraps
 * named functions in `__name(...)` calls that do not exist in the page.
 */
const watchForTitle = (selector: string) => `{
  const found = () => (document.querySelector(${JSON.stringify(selector)})?.textContent ?? '').trim() !== '';
  const inCopy = () => document.querySelector(${JSON.stringify(`[inert] ${selector}`)}) !== null;
  const note = (name) => requestAnimationFrame(() => { window[name] = performance.now(); });
  let shown = false;
  const observer = new MutationObserver(() => {
    if (!found()) return;
    if (!shown) { shown = true; note('titleShownAt'); }
    if (!inCopy()) { observer.disconnect(); note('appShownAt'); }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}`;

async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(`(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
  })()`);
}

async function shownAt(page: Page, name: 'titleShownAt' | 'appShownAt'): Promise<number> {
  // Polled from inside the page: waitForFunction would compile its text with eval, which Carta's
  // Content-Security-Policy forbids.
  return page.evaluate<number>(`new Promise((resolve) => {
    const check = () =>
      window.${name} === undefined ? setTimeout(check, 10) : resolve(window.${name});
    check();
  })`);
}

/** The first visit, online: the page shows its title and the service worker takes control. */
async function openOnline(
  context: BrowserContext,
  name: string,
  url: string,
  selector: string,
): Promise<Target> {
  const page = await context.newPage();
  await page.addInitScript(watchForTitle(selector));
  await page.goto(url);
  await shownAt(page, 'appShownAt');
  await waitForServiceWorkerControl(page);
  // A later start follows a visit that lasted more than a moment: what an app does once its screen
  // is up (Carta fetches the other screens' strings and keeps a copy of the screen for the next
  // start, when the browser is idle) has had time to finish, as it has for a member.
  await page.waitForTimeout(SETTLE_AFTER_VISIT_MS);
  return { name, page, selector, timings: [], appTimings: [] };
}

async function timeOfflineReload({ page, timings, appTimings }: Target): Promise<void> {
  await page.bringToFront();
  // Set again for each load, so the slowdown cannot depend on whether it outlives a navigation.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.reload({ waitUntil: 'commit' });
  timings.push(await shownAt(page, 'titleShownAt'));
  appTimings.push(await shownAt(page, 'appShownAt'));
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.detach();
}

async function newPhone(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: 'en-GB',
  });
}

const round1 = (ms: number) => Math.round(ms * 10) / 10;
const round2 = (ratio: number) => Math.round(ratio * 100) / 100;

/** `distDir`: Carta's build, as an absolute path. */
export async function measureWarmStart(distDir: string): Promise<Measurement[]> {
  const referenceDir = await mkdtemp(join(tmpdir(), 'carta-bench-reference-'));
  const servers: CompiledServer[] = [];
  let browser: Browser | undefined;
  try {
    await build({
      configFile: referenceConfig,
      build: { outDir: referenceDir, emptyOutDir: true },
    });
    const carta = await startCompiledServer(distDir);
    servers.push(carta);
    const reference = await startCompiledServer(referenceDir);
    servers.push(reference);
    browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });

    const cartaPhone = await newPhone(browser);
    const referencePhone = await newPhone(browser);
    const targets = [
      await openOnline(cartaPhone, 'case list', `${carta.origin}/`, '.case-card-title'),
      await openOnline(cartaPhone, 'case page', `${carta.origin}/cases/ua-105-22`, 'h1.case-title'),
      await openOnline(referencePhone, 'reference', `${reference.origin}/`, '#title'),
    ];
    await cartaPhone.setOffline(true);
    await referencePhone.setOffline(true);
    // Each page once unmeasured, so the first measured load does not pay for a cold disk cache.
    for (const target of targets) await timeOfflineReload(target);
    for (const target of targets) {
      target.timings.length = 0;
      target.appTimings.length = 0;
    }
    for (let round = 0; round < RELOADS; round += 1) {
      for (const target of targets) await timeOfflineReload(target);
    }

    const [list, casePage, ref] = targets.map((target) => median(target.timings)) as [
      number,
      number,
      number,
    ];
    const listed = (target: Target) => target.timings.map(round1).join(', ');
    const how =
      `offline reload through the service worker → title on screen, CPU slowed ${CPU_SLOWDOWN}× ` +
      `(CDP), median of ${RELOADS} interleaved reloads`;
    const ratioRow = (target: Target, carta: number): Measurement => ({
      name: `warm start offline, ${target.name} ÷ reference`,
      value: round2(carta / ref),
      unit: '×',
      budget: { max: WARM_START_BUDGET_RATIO },
      detail: `${how}: Carta ${round1(carta)} ms (${listed(target)}), reference ${round1(ref)} ms (${listed(targets[2]!)})`,
    });
    const msRow = (target: Target, value: number): Measurement => ({
      name: `warm start offline at ${CPU_SLOWDOWN}× CPU, ${target.name}`,
      value: round1(value),
      unit: 'ms',
      detail: `${how} (${listed(target)} ms)`,
    });
    // The app's own render, which the copy of the screen no longer shows: kept in sight so that a
    // slower start of the app itself is seen even while the copy hides it from the ratio.
    const appRows = (target: Target): Measurement[] => {
      const own = median(target.appTimings);
      const detail = `${how}, title in the app's render rather than the start's copy (${target.appTimings.map(round1).join(', ')} ms)`;
      return [
        {
          name: `warm start offline at ${CPU_SLOWDOWN}× CPU, ${target.name}, the app's own render`,
          value: round1(own),
          unit: 'ms',
          detail,
        },
        {
          name: `warm start offline, ${target.name}, the app's own render ÷ reference`,
          value: round2(own / ref),
          unit: '×',
          detail,
        },
      ];
    };
    return [
      msRow(targets[0]!, list),
      ...appRows(targets[0]!),
      msRow(targets[1]!, casePage),
      ...appRows(targets[1]!),
      msRow(targets[2]!, ref),
      ratioRow(targets[0]!, list),
      ratioRow(targets[1]!, casePage),
    ];
  } finally {
    await browser?.close();
    for (const server of servers) await server.stop();
    await rm(referenceDir, { recursive: true, force: true });
  }
}
