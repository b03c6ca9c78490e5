import type { DeviceRole } from '../../domain/syncProtocol';
import type { StoreKind } from '../store/openStore';
import type { GroupSetup } from './groupSetup';
import { joinLink } from './joinCode';

const ENVIRONMENT_VARIABLE: Record<DeviceRole, string> = {
  member: 'JOIN_CODE',
  coordinator: 'COORDINATOR_CODE',
};

export const ROTATE_COMMAND = '`npm run codes -- rotate member` (or `rotate coordinator`)';

export function newCodeLines(appUrl: string, role: DeviceRole, code: string): string[] {
  return role === 'member'
    ? [`  Member join code:  ${code}`, `  Join link:         ${joinLink(appUrl, code)}`]
    : [`  Coordinator code:  ${code}   (for the coordinator only: do not share it)`];
}

/**
 * What the server prints about its group at start. Codes are stored only as hashes, so they can be
 * shown in full just once: on the start that made them. After that the lines say how to get new ones.
 */
export function codesBanner(setup: GroupSetup, appUrl: string, storeKind: StoreKind): string[] {
  const name = JSON.stringify(setup.group.name);
  if (setup.created) {
    return [
      `Created the group ${name}. Its codes are shown only this once; keep them somewhere safe:`,
      ...newCodeLines(appUrl, 'member', setup.codes.member),
      ...newCodeLines(appUrl, 'coordinator', setup.codes.coordinator),
      `Members join in Settings, with the link or with this server's address and the code.`,
    ];
  }
  return [
    `Group: ${name}. Its join codes were shown when they were made and are stored only as hashes.`,
    '  To replace a code (the old one stops working): the coordinator does it in the app, under Running the group → Join codes;',
    storeKind === 'pglite'
      ? `  or stop this server, then run ${ROTATE_COMMAND}.`
      : `  or run ${ROTATE_COMMAND}; this server may keep running.`,
    ...setup.replacedEnvironmentCodes.map(
      (role) =>
        `  Note: ${ENVIRONMENT_VARIABLE[role]} is set, but the ${role} code has been rotated since; ${ENVIRONMENT_VARIABLE[role]} only sets the first code.`,
    ),
  ];
}
