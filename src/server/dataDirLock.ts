import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * PGlite has no lock of its own: two processes on one data folder would both write to it and
 * corrupt it. The server and the codes command therefore hold this file while they use the folder.
 */
const LOCK_FILE = 'carta.lock';

export interface LockHolder {
  pid: number;
  purpose: string;
  since: string;
}

export class DataDirBusyError extends Error {
  constructor(
    readonly holder: LockHolder,
    readonly lockPath: string,
  ) {
    super(
      `The data folder is in use by ${holder.purpose} (process ${holder.pid}, since ${holder.since}). ` +
        `Stop it first. If no such process is running any more, delete ${lockPath}.`,
    );
    this.name = 'DataDirBusyError';
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(path: string): LockHolder | null {
  try {
    const holder = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockHolder>;
    return typeof holder.pid === 'number' && typeof holder.purpose === 'string'
      ? { pid: holder.pid, purpose: holder.purpose, since: String(holder.since) }
      : null;
  } catch {
    return null;
  }
}

/**
 * Takes the folder for this process or throws DataDirBusyError naming who holds it. A lock left by
 * a process that is gone (a crash, a kill -9) is taken over. Returns the release function, which
 * also runs when the process exits.
 */
export function lockDataDir(dataDir: string, purpose: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  const mine: LockHolder = { pid: process.pid, purpose, since: new Date().toISOString() };
  for (let attempt = 0; ; attempt += 1) {
    try {
      writeFileSync(path, JSON.stringify(mine), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
      const holder = readHolder(path);
      if (holder && holder.pid !== process.pid && isRunning(holder.pid)) {
        throw new DataDirBusyError(holder, path);
      }
      unlinkSync(path);
    }
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    if (readHolder(path)?.pid === process.pid) unlinkSync(path);
  };
  process.on('exit', release);
  return release;
}
