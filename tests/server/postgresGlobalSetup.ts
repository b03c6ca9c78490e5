import { execFile } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL database the server tests may create their own databases from. */
    databaseUrl: string;
  }
}

const run = promisify(execFile);

const NOT_FOUND =
  'PostgreSQL not found: apt-get install -y postgresql, or set TEST_DATABASE_URL (or PG_BIN to the folder with initdb and pg_ctl)';

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function hasServerBinaries(dir: string): boolean {
  return isExecutable(join(dir, 'initdb')) && isExecutable(join(dir, 'pg_ctl'));
}

/** PG_BIN first, then Debian's newest /usr/lib/postgresql/<version>/bin, then PATH. */
export function findPostgresBin(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.PG_BIN) return hasServerBinaries(env.PG_BIN) ? env.PG_BIN : undefined;
  const debianRoot = '/usr/lib/postgresql';
  if (existsSync(debianRoot)) {
    const versions = readdirSync(debianRoot)
      .filter((name) => /^\d+(\.\d+)?$/.test(name))
      .sort((a, b) => Number(b) - Number(a));
    for (const version of versions) {
      const dir = join(debianRoot, version, 'bin');
      if (hasServerBinaries(dir)) return dir;
    }
  }
  return (env.PATH ?? '').split(delimiter).find((dir) => dir !== '' && hasServerBinaries(dir));
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolvePort(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

interface Cluster {
  url: string;
  stop(): Promise<void>;
}

/** A throwaway cluster with trust auth on 127.0.0.1, gone again after the run. */
async function startThrowawayCluster(bin: string): Promise<Cluster> {
  // PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user.
  const asRoot = process.getuid?.() === 0;
  const command = (name: string, args: string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', join(bin, name), ...args])
      : run(join(bin, name), args);

  const base = await mkdtemp(join(tmpdir(), 'carta-pg-'));
  const dataDir = join(base, 'data');
  const logFile = join(base, 'postgres.log');
  if (asRoot) {
    const { uid, gid } = await userIdsOf('postgres');
    await chown(base, uid, gid);
  }
  const superuser = asRoot ? 'postgres' : userInfo().username;
  const port = await freePort();
  let started = false;
  try {
    await command('initdb', [
      '-D',
      dataDir,
      '-A',
      'trust',
      '-U',
      superuser,
      '-E',
      'UTF8',
      '--no-sync',
    ]);
    await command('pg_ctl', [
      '-D',
      dataDir,
      '-l',
      logFile,
      '-w',
      '-t',
      '60',
      // fsync off: the cluster lives for one test run, durability buys nothing but time.
      '-o',
      `-h 127.0.0.1 -p ${port} -k ${base} -F`,
      'start',
    ]);
    started = true;
    const adminUrl = `postgres://${superuser}@127.0.0.1:${port}/postgres`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query('CREATE DATABASE carta_test');
    await admin.end();
  } catch (error) {
    if (started)
      await command('pg_ctl', ['-D', dataDir, '-m', 'immediate', 'stop']).catch(() => {});
    await rm(base, { recursive: true, force: true });
    throw error;
  }
  return {
    url: `postgres://${superuser}@127.0.0.1:${port}/carta_test`,
    async stop() {
      await command('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']).catch(() => {});
      await rm(base, { recursive: true, force: true });
    },
  };
}

async function userIdsOf(user: string): Promise<{ uid: number; gid: number }> {
  const [{ stdout: uid }, { stdout: gid }] = await Promise.all([
    run('id', ['-u', user]),
    run('id', ['-g', user]),
  ]);
  return { uid: Number(uid.trim()), gid: Number(gid.trim()) };
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    project.provide('databaseUrl', given);
    return;
  }
  const bin = findPostgresBin();
  if (!bin) throw new Error(NOT_FOUND);
  const cluster = await startThrowawayCluster(bin);
  project.provide('databaseUrl', cluster.url);
  return () => cluster.stop();
}
