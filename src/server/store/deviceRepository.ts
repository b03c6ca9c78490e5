import { and, asc, eq, isNull, sql } from 'drizzle-orm';
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

/** The live join code with this hash, if any: checked before a join counts as a guess. */
export async function findLiveJoinCodeId(
  db: StoreDatabase,
  codeHash: string,
): Promise<string | null> {
  const [code] = await db
    .select({ id: joinCodes.id })
    .from(joinCodes)
    .where(and(eq(joinCodes.codeHash, codeHash), isNull(joinCodes.revokedAt)));
  return code?.id ?? null;
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

/**
 * The device a bearer token belongs to, revoked or not: a revoked phone is told it was removed
 * from the group, which is not the same as a token nobody ever issued.
 */
export async function findDeviceByTokenHash(
  db: StoreDatabase,
  tokenHash: string,
): Promise<(Device & { revokedAt: Date | null }) | null> {
  const [device] = await db
    .select({
      id: devices.id,
      groupId: devices.groupId,
      role: devices.role,
      revokedAt: devices.revokedAt,
    })
    .from(devices)
    .where(eq(devices.tokenHash, tokenHash));
  return device ?? null;
}

/** Notes that the device synced just now, for the coordinator's list of phones. */
export async function recordDeviceSync(db: StoreDatabase, deviceId: string): Promise<void> {
  await db
    .update(devices)
    .set({ lastSyncAt: sql`now()` })
    .where(eq(devices.id, deviceId));
}

/** A device as the coordinator's list shows it. */
export interface DeviceRecord {
  id: string;
  name: string;
  role: DeviceRole;
  joinedAt: Date;
  lastSyncAt: Date | null;
  revokedAt: Date | null;
}

const deviceRecordColumns = {
  id: devices.id,
  name: devices.name,
  role: devices.role,
  joinedAt: devices.createdAt,
  lastSyncAt: devices.lastSyncAt,
  revokedAt: devices.revokedAt,
};

/** Postgres refuses a malformed uuid with an error; a path holding one names no device at all. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The group's devices: active ones first, then revoked ones, each by when they joined. */
export async function listDevices(db: StoreDatabase, groupId: string): Promise<DeviceRecord[]> {
  return db
    .select(deviceRecordColumns)
    .from(devices)
    .where(eq(devices.groupId, groupId))
    .orderBy(sql`${devices.revokedAt} is not null`, asc(devices.createdAt), asc(devices.id));
}

/** The group's device with this id; null for an unknown id or another group's device. */
export async function findGroupDevice(
  db: StoreDatabase,
  groupId: string,
  deviceId: string,
): Promise<DeviceRecord | null> {
  if (!UUID.test(deviceId)) return null;
  const [device] = await db
    .select(deviceRecordColumns)
    .from(devices)
    .where(and(eq(devices.groupId, groupId), eq(devices.id, deviceId)));
  return device ?? null;
}

export async function renameDevice(
  db: StoreDatabase,
  groupId: string,
  deviceId: string,
  name: string,
): Promise<DeviceRecord | null> {
  if (!UUID.test(deviceId)) return null;
  const [device] = await db
    .update(devices)
    .set({ name })
    .where(and(eq(devices.groupId, groupId), eq(devices.id, deviceId)))
    .returning(deviceRecordColumns);
  return device ?? null;
}

/**
 * Revokes the device's token from this moment on. Revoking it again keeps the first time, so the
 * coordinator's list says when the phone was really removed.
 */
export async function revokeDevice(
  db: StoreDatabase,
  groupId: string,
  deviceId: string,
): Promise<DeviceRecord | null> {
  if (!UUID.test(deviceId)) return null;
  const [device] = await db
    .update(devices)
    .set({ revokedAt: sql`coalesce(${devices.revokedAt}, now())` })
    .where(and(eq(devices.groupId, groupId), eq(devices.id, deviceId)))
    .returning(deviceRecordColumns);
  return device ?? null;
}
