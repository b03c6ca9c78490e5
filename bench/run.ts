// `npm run bench`: builds, then measures what a phone downloads, how soon it shows a case (first
// visit and later offline starts) and how fast reports reach the server. Prints a Markdown table and
// writes bench/results/latest.json (not committed) so runs can be compared; exits non-zero when a
// row misses its budget from DESIGN.md, after both.
import { fileURLToPath } from 'node:url';
import { GZIP_LEVEL } from './fileSizes';
import { measureInitialRoute } from './initialRoute';
import { measureLighthouse } from './lighthouseBench';
import { withinBudget, type Measurement } from './measurement';
import { measurePrecache } from './precache';
import { formatTable, writeResults } from './report';
import { measureCompiledServer } from './serverBench';
import { measureStallSign } from './stallBench';
import { measureSync, SYNC_BENCH_REPORTS } from './syncBench';
import { measureWarmStart } from './warmStartBench';

const distDir = fileURLToPath(new URL('../dist/', import.meta.url));
const resultsPath = fileURLToPath(new URL('./results/latest.json', import.meta.url));

console.log(
  `Delivering ${SYNC_BENCH_REPORTS.toLocaleString('en')} reports three ways (a few minutes)…\n`,
);
const measurements: Measurement[] = [
  ...measureInitialRoute(distDir),
  ...measurePrecache(distDir),
  ...(await measureCompiledServer(distDir)),
  ...(await measureLighthouse(distDir)),
  ...(await measureWarmStart(distDir)),
  ...(await measureSync()),
  ...(await measureStallSign(distDir)),
];

console.log(formatTable(measurements));
writeResults(resultsPath, {
  measuredAt: new Date().toISOString(),
  gzipLevel: GZIP_LEVEL,
  measurements,
});
console.log(`\nWritten to ${resultsPath} (gzip level ${GZIP_LEVEL})`);

const missed = measurements.filter((measurement) => withinBudget(measurement) === false);
if (missed.length > 0) {
  console.error(`\nOver budget: ${missed.map((measurement) => measurement.name).join('; ')}`);
  process.exitCode = 1;
}
