// `npm run bench`: builds, then measures what a phone downloads and how fast reports reach the
// server. Prints a Markdown table and writes bench/results/latest.json (not committed) so runs can
// be compared.
import { fileURLToPath } from 'node:url';
import { GZIP_LEVEL } from './fileSizes';
import { measureInitialRoute } from './initialRoute';
import type { Measurement } from './measurement';
import { measurePrecache } from './precache';
import { formatTable, writeResults } from './report';
import { measureCompiledServer } from './serverBench';
import { measureStallSign } from './stallBench';
import { measureSync, SYNC_BENCH_REPORTS } from './syncBench';

const distDir = fileURLToPath(new URL('../dist/', import.meta.url));
const resultsPath = fileURLToPath(new URL('./results/latest.json', import.meta.url));

console.log(
  `Delivering ${SYNC_BENCH_REPORTS.toLocaleString('en')} reports three ways (a few minutes)…\n`,
);
const measurements: Measurement[] = [
  ...measureInitialRoute(distDir),
  ...measurePrecache(distDir),
  ...(await measureCompiledServer(distDir)),
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
