import { DEVICE_ROLES, type DeviceRole } from '../../domain/syncProtocol';
import type { Group } from '../store/groupRepository';
import type { Store } from '../store/openStore';
import { generateJoinCode, hashJoinCode } from './joinCode';
import { ensureGroup, findGroup, isLiveJoinCode, replaceJoinCode } from '../store/groupRepository';

export interface GroupSettings {
  groupName: string;
  joinCode: string | undefined;
  coordinatorCode: string | undefined;
}

export type GroupSetup =
  /** The group was made now: these codes are live and have never been shown before. */
  | { created: true; group: Group; codes: Record<DeviceRole, string> }
  /** The group already existed; roles whose code from the environment is no longer the live one. */
  | { created: false; group: Group; replacedEnvironmentCodes: DeviceRole[] };

/** Creates the group and its codes on the first start; later starts find it and leave it alone. */
export async function setUpGroup(store: Store, settings: GroupSettings): Promise<GroupSetup> {
  const codes: Record<DeviceRole, string> = {
    member: settings.joinCode ?? generateJoinCode(),
    coordinator: settings.coordinatorCode ?? generateJoinCode(),
  };
  const { group, created } = await ensureGroup(store.db, {
    name: settings.groupName,
    codeHashes: {
      member: hashJoinCode(codes.member),
      coordinator: hashJoinCode(codes.coordinator),
    },
  });
  if (created) return { created, group, codes };

  // JOIN_CODE only sets the first code; after a rotation it would mislead whoever set it.
  const replacedEnvironmentCodes: DeviceRole[] = [];
  for (const role of DEVICE_ROLES) {
    const fromEnvironment = role === 'member' ? settings.joinCode : settings.coordinatorCode;
    if (
      fromEnvironment &&
      !(await isLiveJoinCode(store.db, group.id, role, hashJoinCode(fromEnvironment)))
    ) {
      replacedEnvironmentCodes.push(role);
    }
  }
  return { created, group, replacedEnvironmentCodes };
}

export class NoGroupError extends Error {
  constructor() {
    super('This store has no group yet: start the server once (npm start) to create it.');
    this.name = 'NoGroupError';
  }
}

/**
 * Replaces the role's code in the group with a fresh random one; the old code stops working at
 * once, and devices that joined with it keep their tokens. The one way codes are rotated, from the
 * `npm run codes` command and from the coordinator's screen alike.
 */
export async function rotateGroupJoinCode(
  store: Store,
  groupId: string,
  role: DeviceRole,
): Promise<{ code: string; revoked: number }> {
  const code = generateJoinCode();
  const { revoked } = await replaceJoinCode(store.db, groupId, role, hashJoinCode(code));
  return { code, revoked };
}

/** Rotates the role's code of the server's group (the command line has no device to ask for it). */
export async function rotateJoinCode(
  store: Store,
  role: DeviceRole,
): Promise<{ group: Group; code: string; revoked: number }> {
  const group = await findGroup(store.db);
  if (!group) throw new NoGroupError();
  return { group, ...(await rotateGroupJoinCode(store, group.id, role)) };
}
