import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Language } from '../../domain/language';
import type { StoredSignUp } from '../../domain/syncProtocol';
import { pushedItems, signUps } from './schema';
import type { StoreDatabase } from './storeDatabase';

/**
 * When a sign-up was made, for retention: the phone's own time, unless that lies after the moment
 * the server received it. A phone whose clock runs years ahead must not keep a passer-by's details
 * on the server for years longer than the group promised.
 */
const signUpMadeAt = sql`least(${pushedItems.createdAt}, ${pushedItems.receivedAt})`;

/** A time as ISO text in UTC to the millisecond, made in SQL so no driver or time zone alters it. */
const isoMillis = (time: SQL) =>
  sql<string>`to_char(date_trunc('milliseconds', ${time}) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * When a sign-up reached the server: the coordinator passes the latest one back to delete what
 * was exported, and a microsecond lost in a driver's Date would leave that latest sign-up behind.
 */
const receivedAtMillis = isoMillis(sql`${pushedItems.receivedAt}`);

const ofGroup = (groupId: string) =>
  and(
    eq(pushedItems.groupId, groupId),
    eq(pushedItems.groupId, signUps.groupId),
    eq(pushedItems.id, signUps.itemId),
  );

export interface SignUpListing {
  signups: StoredSignUp[];
  /** The latest time one of these sign-ups reached the server; null when there are none. */
  receivedThrough: string | null;
}

/**
 * Every sign-up the group's phones delivered, oldest first, still sealed: the server hands the
 * coordinator what it holds and never anything it could read. `receivedThrough` comes from the
 * same rows, so it can never cover a sign-up the coordinator was not given.
 */
export async function listSignUps(db: StoreDatabase, groupId: string): Promise<SignUpListing> {
  const rows = await db
    .select({
      id: pushedItems.id,
      caseId: pushedItems.caseId,
      createdAt: pushedItems.createdAt,
      receivedAt: receivedAtMillis,
      stallSessionId: signUps.stallSessionId,
      petition: signUps.consentPetition,
      updates: signUps.consentUpdates,
      textVersion: signUps.consentTextVersion,
      language: signUps.consentLanguage,
      sealed: signUps.sealed,
    })
    .from(signUps)
    .innerJoin(
      pushedItems,
      and(eq(pushedItems.groupId, signUps.groupId), eq(pushedItems.id, signUps.itemId)),
    )
    .where(eq(pushedItems.groupId, groupId))
    .orderBy(asc(pushedItems.createdAt), asc(pushedItems.id));
  const signups = rows.map((row) => ({
    id: row.id,
    caseId: row.caseId,
    stallSessionId: row.stallSessionId,
    // The phone sealed the record with this instant in its associated data: it must come back
    // exactly, in the same ISO form, or the coordinator's export could not open it.
    createdAt: row.createdAt.toISOString(),
    consent: {
      petition: row.petition,
      updates: row.updates,
      textVersion: row.textVersion,
      language: row.language as Language,
    },
    sealed: row.sealed,
  }));
  // Fixed-width ISO text in UTC sorts as time does.
  const receivedThrough = rows.reduce<string | null>(
    (latest, row) => (latest === null || row.receivedAt > latest ? row.receivedAt : latest),
    null,
  );
  return { signups, receivedThrough };
}

/** How many sign-ups the server holds for the group, and when the oldest of them was made. */
export async function signUpHoldings(
  db: StoreDatabase,
  groupId: string,
): Promise<{ stored: number; oldestMadeAt: Date | null }> {
  const [row] = await db
    .select({
      stored: sql<number>`count(*)::integer`,
      oldest: sql<string | null>`${isoMillis(sql`min(${signUpMadeAt})`)}`,
    })
    .from(signUps)
    .innerJoin(pushedItems, ofGroup(groupId));
  return {
    stored: Number(row?.stored ?? 0),
    oldestMadeAt: row?.oldest ? new Date(row.oldest) : null,
  };
}

/**
 * Deletes the group's sign-ups that reached the server at or before `receivedThrough` (an ISO
 * time). Only the sealed contents go: the pushed item stays, so a phone re-sending one is still
 * told "duplicate", and the group's counts stay as they were.
 */
export async function deleteSignUpsReceivedThrough(
  db: StoreDatabase,
  groupId: string,
  receivedThrough: string,
): Promise<number> {
  const deleted = await db
    .delete(signUps)
    .where(
      and(
        eq(signUps.groupId, groupId),
        sql`exists (select 1 from ${pushedItems}
          where ${pushedItems.groupId} = ${signUps.groupId} and ${pushedItems.id} = ${signUps.itemId}
            and date_trunc('milliseconds', ${pushedItems.receivedAt}) <= ${receivedThrough}::timestamptz)`,
      ),
    )
    .returning({ itemId: signUps.itemId });
  return deleted.length;
}

/** Deletes every group's sign-ups made before `cutoff`; the count deleted per group. */
export async function deleteSignUpsMadeBefore(
  db: StoreDatabase,
  cutoff: Date,
): Promise<Map<string, number>> {
  const deleted = await db
    .delete(signUps)
    .where(
      sql`exists (select 1 from ${pushedItems}
        where ${pushedItems.groupId} = ${signUps.groupId} and ${pushedItems.id} = ${signUps.itemId}
          and ${signUpMadeAt} < ${cutoff.toISOString()}::timestamptz)`,
    )
    .returning({ groupId: signUps.groupId });
  const counts = new Map<string, number>();
  for (const { groupId } of deleted) counts.set(groupId, (counts.get(groupId) ?? 0) + 1);
  return counts;
}
