// Row (b) of `npm run bench`: Lighthouse's mobile performance score, as a first visitor on a slow
// phone and network would get it from `npm start`. Lighthouse's default config is the mobile one
// (simulated slow 4G, 4× CPU); it clears the site's storage before each run, so every run is a
// first visit.
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, findChromium } from '../tests/e2e/support/chromium';
import type { Measurement } from './measurement';
import { median } from './median';
import { startCompiledServer } from './serverBench';

/** DESIGN.md "Performance budgets": Lighthouse mobile performance on the case list and a case page. */
export const LIGHTHOUSE_BUDGET = 0.98;
const RUNS = 3;
const PAGES = [
  { name: 'case list', path: '/' },
  { name: 'case page', path: '/cases/ua-105-22' },
];

interface Run {
  score: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  /** Lighthouse's own measure of the machine's speed; its simulation scales CPU time by it. */
  benchmarkIndex: number;
}

async function audit(chrome: LaunchedChrome, url: string): Promise<Run> {
  const result = await lighthouse(url, {
    port: chrome.port,
    onlyCategories: ['performance'],
    output: 'json',
    logLevel: 'error',
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    score: lhr.categories.performance?.score ?? 0,
    fcpMs: metric('first-contentful-paint'),
    lcpMs: metric('largest-contentful-paint'),
    tbtMs: metric('total-blocking-time'),
    benchmarkIndex: lhr.environment.benchmarkIndex,
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** `distDir`: the built app, as an absolute path. */
export async function measureLighthouse(distDir: string): Promise<Measurement[]> {
  const server = await startCompiledServer(distDir);
  // Lighthouse drives a browser of its own through CDP; headless Chromium with the tests' flags.
  const chrome = await launch({
    chromePath: findChromium(),
    chromeFlags: ['--headless=new', ...chromiumArgs],
  });
  try {
    const runs = new Map<string, Run[]>(PAGES.map((page) => [page.path, []]));
    // Interleaved, so a busy moment on a shared machine does not fall on one page's runs alone.
    for (let round = 0; round < RUNS; round += 1) {
      for (const page of PAGES) {
        runs.get(page.path)!.push(await audit(chrome, `${server.origin}${page.path}`));
      }
    }
    return PAGES.map((page) => {
      const pageRuns = runs.get(page.path)!;
      const pick = (metric: keyof Run) => median(pageRuns.map((run) => run[metric]));
      return {
        name: `Lighthouse mobile performance, ${page.name} (${page.path})`,
        value: pick('score'),
        unit: 'score',
        budget: { min: LIGHTHOUSE_BUDGET },
        detail:
          `median of ${RUNS} runs (${pageRuns.map((run) => run.score).join(', ')}) from the compiled ` +
          `server, fresh data folder; first contentful paint ${seconds(pick('fcpMs'))}, largest ` +
          `${seconds(pick('lcpMs'))}, total blocking time ${Math.round(pick('tbtMs'))} ms (medians, ` +
          `simulated slow 4G and 4× CPU); machine benchmark index ${Math.round(pick('benchmarkIndex'))}`,
      };
    });
  } finally {
    chrome.kill();
    await server.stop();
  }
}
