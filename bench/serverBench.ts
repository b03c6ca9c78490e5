// The compiled server as `npm start` runs it: how long it takes to answer after being started, and
// how many bytes the first visit's files take on the wire from it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServer, serverBuildIsStale, serverEntry } from '../scripts/buildServer.mjs';
import { INITIAL_ROUTE_BUDGET_GZIP, initialRouteFiles } from './initialRoute';
import type { Measurement } from './measurement';

const RESTARTS = 3;
const ACCEPT_ENCODING = 'br, gzip';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(),
      );
    });
  });
}

interface Started {
  child: ChildProcess;
  ms: number;
  stop(): Promise<void>;
}

async function answersHealth(origin: string): Promise<boolean> {
  try {
    return (await fetch(`${origin}/api/health`)).ok;
  } catch {
    return false;
  }
}

/** Spawns the server the way scripts/start.mjs does and times it until /api/health answers. */
async function startServer(origin: string, env: NodeJS.ProcessEnv): Promise<Started> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--enable-source-maps', serverEntry], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  };
  while (!(await answersHealth(origin))) {
    if (child.exitCode !== null) throw new Error('The compiled server exited during start');
    if (performance.now() - started > 60_000) {
      await stop();
      throw new Error('The compiled server did not answer /api/health within a minute');
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return { child, ms: Math.round(performance.now() - started), stop };
}

/** The body bytes as they cross the wire: node:http leaves them encoded, unlike fetch. */
function bytesOnTheWire(url: string): Promise<{ bytes: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'Accept-Encoding': ACCEPT_ENCODING } }, (response) => {
      if (response.statusCode !== 200) reject(new Error(`${url} answered ${response.statusCode}`));
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () =>
        resolve({ bytes, encoding: response.headers['content-encoding'] ?? 'identity' }),
      );
      response.on('error', reject);
    }).on('error', reject);
  });
}

async function measureTransfer(origin: string, distDir: string): Promise<Measurement[]> {
  const { scripts, styles } = initialRouteFiles(distDir);
  const files = [...scripts, ...styles];
  const sent = await Promise.all(files.map((file) => bytesOnTheWire(`${origin}/${file}`)));
  const page = await bytesOnTheWire(`${origin}/`);
  const encodings = [...new Set(sent.map((s) => s.encoding))].join(', ');
  return [
    {
      name: 'initial route JS + CSS transferred',
      value: sent.reduce((total, s) => total + s.bytes, 0),
      unit: 'bytes',
      budget: { max: INITIAL_ROUTE_BUDGET_GZIP },
      detail: `${files.length} files from the compiled server with Accept-Encoding: ${ACCEPT_ENCODING}, sent as ${encodings}; body bytes, headers not counted`,
    },
    {
      name: 'index.html transferred',
      value: page.bytes,
      unit: 'bytes',
      detail: `GET / with Accept-Encoding: ${ACCEPT_ENCODING}, sent as ${page.encoding}`,
    },
  ];
}

export interface CompiledServer {
  origin: string;
  stop(): Promise<void>;
}

/**
 * The compiled server as `npm start` runs it, on a data folder of its own that is removed on stop:
 * what the browser rows load their pages from. `distDir` may be another app's build (the
 * warm-start reference), which the server serves the same way.
 */
export async function startCompiledServer(distDir: string): Promise<CompiledServer> {
  if (serverBuildIsStale()) await buildServer();
  const dataDir = await mkdtemp(join(tmpdir(), 'carta-bench-served-'));
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  try {
    const server = await startServer(origin, {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DIST_DIR: distDir,
    });
    return {
      origin,
      async stop() {
        await server.stop();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}

export async function measureCompiledServer(distDir: string): Promise<Measurement[]> {
  if (serverBuildIsStale()) await buildServer();
  const dataDir = await mkdtemp(join(tmpdir(), 'carta-bench-start-'));
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const env = { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DIST_DIR: distDir };
  try {
    const first = await startServer(origin, env);
    await first.stop();
    const restarts: number[] = [];
    let transfer: Measurement[] = [];
    for (let run = 0; run < RESTARTS; run += 1) {
      const server = await startServer(origin, env);
      restarts.push(server.ms);
      if (run === 0) transfer = await measureTransfer(origin, distDir);
      await server.stop();
    }
    const restart = [...restarts].sort((a, b) => a - b)[Math.floor(RESTARTS / 2)] as number;
    return [
      {
        name: 'server start, empty data folder',
        value: first.ms,
        unit: 'ms',
        detail:
          'node dist-server/main.js spawned → /api/health answers; includes creating the PGlite database',
      },
      {
        name: 'server start',
        value: restart,
        unit: 'ms',
        detail: `node dist-server/main.js spawned → /api/health answers, existing data folder; median of ${RESTARTS} (${restarts.join(', ')} ms)`,
      },
      ...transfer,
    ];
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
