import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataDirBusyError, lockDataDir } from '../../src/server/dataDirLock';

let dataDir: string;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'carta-lock-'));
});

afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

/** A process that stays alive until killed, to hold a lock the way a running server would. */
function otherProcess() {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  return { pid: child.pid as number, stop: () => child.kill('SIGKILL') };
}

describe('the data folder lock', () => {
  it('names the running process that holds the folder', () => {
    const other = otherProcess();
    try {
      writeFileSync(
        join(dataDir, 'carta.lock'),
        JSON.stringify({
          pid: other.pid,
          purpose: 'the Carta server',
          since: '2026-11-26T10:00:00Z',
        }),
      );
      let thrown: unknown;
      try {
        lockDataDir(dataDir, 'the codes command');
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(DataDirBusyError);
      expect((thrown as Error).message).toContain(`the Carta server (process ${other.pid}`);
    } finally {
      other.stop();
    }
  });

  it('takes over a lock left by a process that is gone, and lets go of it when released', async () => {
    const gone = otherProcess();
    gone.stop();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const lockPath = join(dataDir, 'carta.lock');
    writeFileSync(
      lockPath,
      JSON.stringify({ pid: gone.pid, purpose: 'the Carta server', since: 'x' }),
    );

    const release = lockDataDir(dataDir, 'the Carta server');
    expect(JSON.parse(readFileSync(lockPath, 'utf8'))).toMatchObject({ pid: process.pid });
    release();
    expect(existsSync(lockPath)).toBe(false);
  });
});
