// `npm start`: build the app and the server when either build is missing or older than its
// sources, then run the compiled server with plain node. Signals are passed on and the server's exit code becomes ours, so process managers see
// the real outcome.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServer, serverBuildIsStale, serverEntry } from './buildServer.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
// Run with node itself rather than through npx, which does not pass signals on to vite.
const viteBin = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
const distDir = resolve(root, process.env.DIST_DIR || 'dist');
const builtIndex = join(distDir, 'index.html');

// What the client build is made from; the server's own code does not end up in dist/.
const buildInputs = ['src', 'locales', 'public', 'index.html', 'vite.config.ts'];
const notBuildInputs = new Set([join(root, 'src', 'server')]);

function newestChange(path) {
  if (!existsSync(path) || notBuildInputs.has(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    newest = Math.max(newest, newestChange(join(path, entry)));
  }
  return newest;
}

function buildIsStale() {
  if (!existsSync(builtIndex)) return true;
  const builtAt = statSync(builtIndex).mtimeMs;
  return buildInputs.some((input) => newestChange(join(root, input)) > builtAt);
}

function run(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  return new Promise((done) => {
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      done({ code, signal });
    });
  });
}

function exitLike({ code, signal }) {
  if (signal) process.kill(process.pid, signal);
  process.exit(code ?? 1);
}

if (buildIsStale()) {
  console.log('Building the app (dist/ is missing or older than the sources)…');
  const build = await run(process.execPath, [
    viteBin,
    'build',
    '--outDir',
    distDir,
    '--emptyOutDir',
  ]);
  if (build.code !== 0) {
    console.error('The build failed; the server was not started.');
    exitLike(build);
  }
}

if (serverBuildIsStale()) {
  console.log('Building the server (dist-server/ is missing or older than the sources)…');
  try {
    await buildServer();
  } catch (error) {
    console.error(error);
    console.error('The server build failed; the server was not started.');
    process.exit(1);
  }
}

// Source maps on, so a stack trace in the log names the line in src/server.
exitLike(await run(process.execPath, ['--enable-source-maps', serverEntry]));
