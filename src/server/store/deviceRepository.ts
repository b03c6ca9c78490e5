import { and, eq, isNull } from 'drizzle-orm';
import type { DeviceRole } from '../../domain/syncProtocol';
import { findGroupById, type Group } from './groupRepository';
import { devices, joinCodes } from './schema';
import type { StoreDatabase } from './storeDatabase';

export interface Device {
  id: string;
  groupId: string;
  role: DeviceRole;
}

export interface NewDevice {
  codeHash: string;
  name: string;
  tokenHash: string;
}

/**
 * Registers a device against a live join code, or returns null when no live code has that hash.
 * The code row is share-locked, so a rotation running at the same moment either happens before
 * (and the join fails) or waits until the device is in.
 */
export async function registerDevice(
  db: StoreDatabase,
  { codeHash, name, tokenHash }: NewDevice,
): Promise<{ device: Device; group: Group } | null> {
  return db.transaction(async (tx) => {
    const [code] = await tx
      .select({ id: joinCodes.id, groupId: joinCodes.groupId, role: joinCodes.role })
      .from(joinCodes)
      .where(and(eq(joinCodes.codeHash, codeHash), isNull(joinCodes.revokedAt)))
      .for('share');
    if (!code) return null;
    const [device] = await tx
      .insert(devices)
      .values({ groupId: code.groupId, role: code.role, name, tokenHash, joinCodeId: code.id })
      .returning({ id: devices.id, groupId: devices.groupId, role: devices.role });
    const group = await findGroupById(tx, code.groupId);
    if (!device || !group) throw new Error('The device was not registered');
    return { device, group };
  });
}

/** The device a bearer token belongs to, unless it was revoked. */
export async function findDeviceByTokenHash(
  db: StoreDatabase,
  tokenHash: string,
): Promise<Device | null> {
  const [device] = await db
    .select({ id: devices.id, groupId: devices.groupId, role: devices.role })
    .from(devices)
    .where(and(eq(devices.tokenHash, tokenHash), isNull(devices.revokedAt)));
  return device ?? null;
}
