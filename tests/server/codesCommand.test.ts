import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureCasesDir } from './caseFixtures';

const root = fileURLToPath(new URL('../..', import.meta.url));
const JOIN_CODE = 'SCRIPTED-JOIN-2026';

let dataDir: string;
let port: number;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(),
      );
    });
  });
}

function environment(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DIST_DIR: join(dataDir, 'no-build'),
    CONTENT_DIR: fixtureCasesDir,
    GROUP_NAME: 'Juliaca solidarity',
    JOIN_CODE,
    DATABASE_URL: '',
  };
}

/** Runs `npm run codes -- …` the way an operator would, and collects what it prints. */
function codesCommand(...args: string[]): Promise<{ status: number | null; output: string }> {
  return codesCommandWith({}, ...args);
}

function codesCommandWith(
  overrides: NodeJS.ProcessEnv,
  ...args: string[]
): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/server/cli/rotateCodes.ts', ...args],
      {
        cwd: root,
        env: { ...environment(), ...overrides },
      },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (status) => resolve({ status, output }));
  });
}

/** Starts the real server and waits until it has printed its group banner. */
async function startServer() {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: root,
    env: environment(),
  });
  let output = '';
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The server did not start:\n${output}`)),
      60_000,
    );
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (/Group:|Created the group/.test(output) && /\n$/.test(output)) {
        clearTimeout(timer);
        // The banner is several lines written at once; give the last ones a moment.
        setTimeout(resolve, 200);
      }
    });
    child.on('exit', () => reject(new Error(`The server exited during start:\n${output}`)));
  });
  return {
    output: () => output,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

function tryJoin(code: string) {
  return fetch(`http://127.0.0.1:${port}/api/v1/join`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code, deviceName: 'Test phone' }),
  });
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'carta-codes-'));
  port = await freePort();
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('the join codes from the command line', () => {
  it(
    'prints the codes on the first start, rotates them with the server stopped, and never prints them again',
    { timeout: 120_000 },
    async () => {
      const first = await startServer();
      try {
        const banner = first.output();
        expect(banner).toContain('Created the group "Juliaca solidarity"');
        expect(banner).toContain(`Member join code:  ${JOIN_CODE}`);
        expect(banner).toContain(
          `Join link:         http://127.0.0.1:${port}/join#code=${JOIN_CODE}`,
        );
        expect(banner).toMatch(/Coordinator code: {2}([2-9A-Z]{4}-){3}[2-9A-Z]{4}/);
        expect((await tryJoin(JOIN_CODE)).status).toBe(201);

        // PGlite is one process per folder: the command refuses while the server runs.
        const refused = await codesCommand('rotate', 'member');
        expect(refused.status).toBe(1);
        expect(refused.output).toMatch(/in use by the Carta server \(process \d+/);
        expect(refused.output).toMatch(/Stop the server/);
      } finally {
        await first.stop();
      }

      const usage = await codesCommand('rotate', 'everyone');
      expect(usage.status).toBe(2);
      expect(usage.output).toMatch(/Usage: npm run codes -- rotate \[member\|coordinator\]/);

      const rotated = await codesCommand('rotate', 'member');
      expect(rotated.status).toBe(0);
      expect(rotated.output).toContain('the old one no longer works');
      const rotatedCode = /Member join code: {2}(\S+)/.exec(rotated.output)?.[1] ?? '';
      expect(rotatedCode).toMatch(/^([2-9A-Z]{4}-){3}[2-9A-Z]{4}$/);
      expect(rotated.output).toContain(
        `Join link:         http://127.0.0.1:${port}/join#code=${rotatedCode}`,
      );

      const second = await startServer();
      try {
        const banner = second.output();
        expect(banner).toContain('Group: "Juliaca solidarity"');
        expect(banner).not.toContain(rotatedCode);
        expect(banner).not.toMatch(/Coordinator code:/);
        expect(banner).toContain('npm run codes -- rotate member');
        expect(banner).toMatch(/JOIN_CODE is set, but the member code has been rotated since/);
        expect((await tryJoin(JOIN_CODE)).status).toBe(401);
        expect((await tryJoin(rotatedCode)).status).toBe(201);
      } finally {
        await second.stop();
      }

      // Run from another shell, without the server's PORT and HOST: the link still points where
      // the server listens, not at the default port.
      const elsewhere = await codesCommandWith({ PORT: '', HOST: '' }, 'rotate', 'member');
      expect(elsewhere.status).toBe(0);
      const newest = /Member join code: {2}(\S+)/.exec(elsewhere.output)?.[1] ?? '';
      expect(elsewhere.output).toContain(
        `Join link:         http://127.0.0.1:${port}/join#code=${newest}`,
      );
      // An address given to the command itself wins: the operator knows better.
      const proxied = await codesCommandWith(
        { PUBLIC_URL: 'https://carta.example.org' },
        'rotate',
        'member',
      );
      expect(proxied.output).toMatch(/Join link: {9}https:\/\/carta\.example\.org\/join#code=/);
    },
  );
});
