import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { DeviceRole } from '../../domain/syncProtocol';
import { groups, joinCodes } from './schema';
import type { StoreDatabase } from './storeDatabase';

/**
 * Held while the group is set up, so two servers starting at once on one PostgreSQL database
 * cannot each create a group of their own.
 */
const GROUP_SETUP_LOCK = 0x67726f75; // "grou"

export interface Group {
  id: string;
  name: string;
  publicKey: string | null;
  publicKeyId: string | null;
}

export interface NewGroup {
  name: string;
  codeHashes: Record<DeviceRole, string>;
}

export type EnsuredGroup = { group: Group; created: boolean };

const groupColumns = {
  id: groups.id,
  name: groups.name,
  publicKey: groups.publicKey,
  publicKeyId: groups.publicKeyId,
};

/** The server serves one group for now: the first one created. */
export async function findGroup(db: StoreDatabase): Promise<Group | null> {
  const [group] = await db
    .select(groupColumns)
    .from(groups)
    .orderBy(asc(groups.createdAt))
    .limit(1);
  return group ?? null;
}

export async function findGroupById(db: StoreDatabase, id: string): Promise<Group | null> {
  const [group] = await db.select(groupColumns).from(groups).where(eq(groups.id, id));
  return group ?? null;
}

/**
 * Creates the group with its first codes when the store has none; otherwise leaves everything as it
 * is. `created` tells the caller whether the codes it passed are now the live ones.
 */
export async function ensureGroup(db: StoreDatabase, fresh: NewGroup): Promise<EnsuredGroup> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${GROUP_SETUP_LOCK})`);
    const existing = await findGroup(tx);
    if (existing) return { group: existing, created: false };
    const [group] = await tx.insert(groups).values({ name: fresh.name }).returning(groupColumns);
    if (!group) throw new Error('The group was not created');
    await tx.insert(joinCodes).values(
      Object.entries(fresh.codeHashes).map(([role, codeHash]) => ({
        groupId: group.id,
        role: role as DeviceRole,
        codeHash,
      })),
    );
    return { group, created: true };
  });
}

/** Revokes the role's live code and puts the new one in its place, both or neither. */
export async function replaceJoinCode(
  db: StoreDatabase,
  groupId: string,
  role: DeviceRole,
  codeHash: string,
): Promise<{ revoked: number }> {
  return db.transaction(async (tx) => {
    const revoked = await tx
      .update(joinCodes)
      .set({ revokedAt: sql`now()` })
      .where(
        and(eq(joinCodes.groupId, groupId), eq(joinCodes.role, role), isNull(joinCodes.revokedAt)),
      )
      .returning({ id: joinCodes.id });
    await tx.insert(joinCodes).values({ groupId, role, codeHash });
    return { revoked: revoked.length };
  });
}

/** Whether the hash belongs to the role's live code (false once that code was rotated away). */
export async function isLiveJoinCode(
  db: StoreDatabase,
  groupId: string,
  role: DeviceRole,
  codeHash: string,
): Promise<boolean> {
  const rows = await db
    .select({ id: joinCodes.id })
    .from(joinCodes)
    .where(
      and(
        eq(joinCodes.groupId, groupId),
        eq(joinCodes.role, role),
        eq(joinCodes.codeHash, codeHash),
        isNull(joinCodes.revokedAt),
      ),
    );
  return rows.length > 0;
}

/** Puts the coordinator's public key in place of any earlier one; phones pick it up on sync. */
export async function setGroupPublicKey(
  db: StoreDatabase,
  groupId: string,
  key: { publicKey: string; keyId: string },
): Promise<void> {
  await db
    .update(groups)
    .set({ publicKey: key.publicKey, publicKeyId: key.keyId })
    .where(eq(groups.id, groupId));
}

/** The coordinator's new name for the group; phones take it from their next sync answer. */
export async function renameGroup(
  db: StoreDatabase,
  groupId: string,
  name: string,
): Promise<Group | null> {
  const [group] = await db
    .update(groups)
    .set({ name })
    .where(eq(groups.id, groupId))
    .returning(groupColumns);
  return group ?? null;
}

/** Notes the address the server announces in join links, at each start. */
export async function recordAnnouncedUrl(
  db: StoreDatabase,
  groupId: string,
  url: string,
): Promise<void> {
  await db.update(groups).set({ announcedUrl: url }).where(eq(groups.id, groupId));
}

/** The address the server last announced, or null before its first start. */
export async function findAnnouncedUrl(db: StoreDatabase, groupId: string): Promise<string | null> {
  const [row] = await db
    .select({ url: groups.announcedUrl })
    .from(groups)
    .where(eq(groups.id, groupId));
  return row?.url ?? null;
}
