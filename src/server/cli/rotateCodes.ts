// `npm run codes -- rotate [member|coordinator]`: replaces a join code. The old code stops working
// at once; devices that joined with it keep their tokens. Runs against the same store as the
// server (DATA_DIR or DATABASE_URL).
import { existsSync } from 'node:fs';
import { DEVICE_ROLES, type DeviceRole } from '../../domain/syncProtocol';
import { appUrl } from '../appAddress';
import { ConfigError, loadConfig, type ServerConfig } from '../config';
import { DataDirBusyError, lockDataDir } from '../dataDirLock';
import { newCodeLines } from '../membership/codesBanner';
import { NoGroupError, rotateJoinCode } from '../membership/groupSetup';
import { findAnnouncedUrl } from '../store/groupRepository';
import { openStore, pgliteDirectory, type Store } from '../store/openStore';

const USAGE = 'Usage: npm run codes -- rotate [member|coordinator]   (member when left out)';

class UsageError extends Error {}
class CliError extends Error {}

function parseArguments(args: readonly string[]): DeviceRole {
  const [command, role = 'member', ...rest] = args;
  if (command !== 'rotate' || rest.length > 0) throw new UsageError(USAGE);
  if (!(DEVICE_ROLES as readonly string[]).includes(role)) {
    throw new UsageError(`Unknown role "${role}". ${USAGE}`);
  }
  return role as DeviceRole;
}

/**
 * The address for the join link: the one this command's environment gives (PUBLIC_URL, PORT or
 * HOST set), else the one the server announced at its last start. This command is often run from
 * another shell than the server, without the server's PORT, and a link to the wrong port is a
 * join sheet nobody can use.
 */
async function joinLinkAddress(
  store: Store,
  groupId: string,
  config: ServerConfig,
): Promise<string> {
  const addressGiven = ['PUBLIC_URL', 'PORT', 'HOST'].some(
    (name) => (process.env[name] ?? '').trim() !== '',
  );
  if (addressGiven) return appUrl(config);
  return (await findAnnouncedUrl(store.db, groupId)) ?? appUrl(config);
}

async function main(args: readonly string[]): Promise<void> {
  const role = parseArguments(args);
  const config = loadConfig(process.env);
  let unlock = () => {};
  if (!config.databaseUrl) {
    if (!existsSync(pgliteDirectory(config.dataDir))) throw new NoGroupError();
    try {
      unlock = lockDataDir(config.dataDir, 'the codes command');
    } catch (error) {
      if (!(error instanceof DataDirBusyError)) throw error;
      const { purpose, pid } = error.holder;
      // PGlite lets one process at a time use the folder, and the running server is that process.
      throw new CliError(
        `The data folder ${config.dataDir} is in use by ${purpose} (process ${pid}), and PGlite allows` +
          ` only one process at a time.\nStop the server (Ctrl-C where it runs), run this command` +
          ` again, then start the server. If no server is running, delete ${error.lockPath}.`,
      );
    }
  }
  const store = await openStore(
    config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir },
  );
  try {
    const { group, code, revoked } = await rotateJoinCode(store, role);
    console.log(
      `New ${role} code for ${JSON.stringify(group.name)}` +
        (revoked > 0 ? '; the old one no longer works:' : ':'),
    );
    for (const line of newCodeLines(await joinLinkAddress(store, group.id, config), role, code)) {
      console.log(line);
    }
    console.log('Devices that already joined keep working. This code is not shown again.');
  } finally {
    await store.close();
    unlock();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(error.message);
    process.exit(2);
  }
  if (error instanceof CliError || error instanceof ConfigError || error instanceof NoGroupError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
