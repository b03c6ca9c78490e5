import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const COMPILED_SERVER = 'dist-server/main.js';

export interface RunningServer {
  origin: string;
  stop(): Promise<void>;
}

async function waitForHealth(origin: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${origin}/api/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The Carta server at ${origin} did not answer /api/health in time`);
}

/**
 * A server of the test's own, for stories that change the app it serves; the shared server of
 * playwright.config.ts must serve the same build to every other test.
 */
export async function startCartaServer(options: {
  port: number;
  distDir: string;
  /** More settings for the server (fixed join codes, say). */
  env?: Record<string, string>;
}): Promise<RunningServer> {
  const origin = `http://127.0.0.1:${options.port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'carta-e2e-server-'));
  // The compiled server the shared server's `npm start` has built starts in a fraction of the time
  // tsx takes, which matters on a busy two-core machine; the sources are the fallback.
  const entry = existsSync(COMPILED_SERVER)
    ? [COMPILED_SERVER]
    : ['--import', 'tsx', 'src/server/main.ts'];
  const child = spawn(process.execPath, entry, {
    env: {
      ...process.env,
      PORT: String(options.port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DIST_DIR: options.distDir,
      ...options.env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await Promise.race([
      // A fresh data folder means a fresh embedded database: its first start is the slow one.
      waitForHealth(origin, Date.now() + 90_000),
      exited.then(() => {
        throw new Error(`The Carta server on port ${options.port} exited during start`);
      }),
    ]);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    origin,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
