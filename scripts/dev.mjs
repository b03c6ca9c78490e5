// `npm run dev`: the API server on 8080 and Vite's dev server (which proxies /api to it), started
// and stopped together, so neither is left running on its own.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
// Started with node itself rather than through npx, which does not pass signals on to vite.
const viteBin = join(root, 'node_modules', 'vite', 'bin', 'vite.js');

// vite.config.ts proxies /api to 127.0.0.1:8080, so the API server must be exactly there.
const apiEnv = { ...process.env, HOST: '127.0.0.1', PORT: '8080' };

const children = [
  spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: root,
    env: apiEnv,
    stdio: 'inherit',
  }),
  spawn(process.execPath, [viteBin], { cwd: root, stdio: 'inherit' }),
];

let stopping = false;
let exitCode = 0;

function stopAll(signal = 'SIGTERM') {
  if (stopping) return;
  stopping = true;
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  }
}

for (const child of children) {
  child.on('exit', (code) => {
    if (!stopping && code !== 0) exitCode = code ?? 1;
    stopAll();
    if (children.every((c) => c.exitCode !== null || c.signalCode !== null)) process.exit(exitCode);
  });
}

process.on('SIGINT', () => stopAll('SIGINT'));
process.on('SIGTERM', () => stopAll('SIGTERM'));
