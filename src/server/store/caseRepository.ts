import { and, asc, desc, eq, gt, inArray, sql, type SQL } from 'drizzle-orm';
import type { Case } from '../../domain/case';
import type { CaseCheck, CaseProblem } from '../../domain/caseProblems';
import { formatCaseCursor, parseCaseCursor } from './caseCursor';
import { cases, caseVersions, devices } from './schema';
import type { StoreDatabase } from './storeDatabase';

/**
 * Case writers take this transaction-scoped lock before drawing a change number, so numbers
 * become visible in the order they were drawn. Without it, a writer that drew 7 could commit
 * after one that drew 8 and a phone that had already synced up to 8 would never see 7. It also
 * makes a publish's "is this still the version the editor started from?" hold until it commits.
 */
const CASE_WRITE_LOCK = 0x63617365; // "case"

/** A new version takes the stored one's place and draws a change number, so phones pull it. */
const replaceStoredVersion = {
  target: [cases.groupId, cases.id],
  set: {
    version: sql`excluded.version`,
    data: sql`excluded.data`,
    updatedAt: sql`now()`,
    seq: sql`nextval('case_change_seq')`,
  },
};

export interface CasesChangedSince {
  cases: Case[];
  /** Null only when the group holds no case yet and the client had no cursor. */
  cursor: string | null;
}

function keepHighestVersionPerId(incoming: readonly Case[]): Case[] {
  const byId = new Map<string, Case>();
  for (const c of incoming) {
    const seen = byId.get(c.id);
    if (!seen || seen.version < c.version) byId.set(c.id, c);
  }
  return [...byId.values()];
}

/**
 * Writes each case into the group unless it already holds the same or a higher version, and
 * records each written version (with no publisher: it came from the server's files). Returns the
 * ids written.
 */
export async function upsertCases(
  db: StoreDatabase,
  groupId: string,
  incoming: readonly Case[],
): Promise<string[]> {
  const rows = keepHighestVersionPerId(incoming).map((c) => ({
    groupId,
    id: c.id,
    version: c.version,
    data: c,
  }));
  if (rows.length === 0) return [];
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${CASE_WRITE_LOCK})`);
    const written = await tx
      .insert(cases)
      .values(rows)
      .onConflictDoUpdate({
        ...replaceStoredVersion,
        setWhere: sql`${cases.version} < excluded.version`,
      })
      .returning({ id: cases.id, version: cases.version, data: cases.data });
    if (written.length > 0) {
      await tx
        .insert(caseVersions)
        .values(
          written.map((row) => ({ groupId, caseId: row.id, version: row.version, data: row.data })),
        );
    }
    return written.map((row) => row.id);
  });
}

export async function listCasesChangedSince(
  db: StoreDatabase,
  groupId: string,
  cursor: string | null,
): Promise<CasesChangedSince> {
  const after = parseCaseCursor(cursor);
  const rows = await db
    .select({ data: cases.data, seq: cases.seq })
    .from(cases)
    .where(and(eq(cases.groupId, groupId), gt(cases.seq, after)))
    .orderBy(asc(cases.seq));
  const last = rows.at(-1);
  return {
    cases: rows.map((row) => row.data),
    cursor: last ? formatCaseCursor(last.seq) : cursor,
  };
}

/** Which of these ids the group holds a case for. */
export async function findCaseIds(
  db: StoreDatabase,
  groupId: string,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.groupId, groupId), inArray(cases.id, [...ids])));
  return new Set(rows.map((row) => row.id));
}

/** The group's case with this id; `readable` narrows it further (to what anyone may read). */
export async function findCase(
  db: StoreDatabase,
  groupId: string,
  id: string,
  readable: SQL = sql`true`,
): Promise<Case | null> {
  const [row] = await db
    .select({ data: cases.data })
    .from(cases)
    .where(and(eq(cases.groupId, groupId), eq(cases.id, id), readable));
  return row?.data ?? null;
}

export interface CasePublication {
  groupId: string;
  caseId: string;
  /** The version the editor started from; null for a case the editor believed new. */
  baseVersion: number | null;
  deviceId: string;
}

export type PublishOutcome =
  | { outcome: 'published'; case: Case }
  /** Someone published since the editor's base (or the case appeared or is gone): nothing written. */
  | { outcome: 'stale'; current: Case | null }
  | { outcome: 'refused'; problems: CaseProblem[] };

/**
 * Publishes the next version of a case in one transaction: the base is compared with what the
 * store holds under the case write lock, so of two publishes from the same base exactly one wins.
 * `prepare` turns the stored case (or null) into the case to write, or says what is wrong with it;
 * it runs inside the transaction, so it sees the same stored case the comparison did.
 */
export async function publishCaseVersion(
  db: StoreDatabase,
  publication: CasePublication,
  prepare: (current: Case | null) => CaseCheck,
): Promise<PublishOutcome> {
  const { groupId, caseId, baseVersion, deviceId } = publication;
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${CASE_WRITE_LOCK})`);
    const current = await findCase(tx, groupId, caseId);
    if ((current?.version ?? null) !== baseVersion) return { outcome: 'stale', current };
    const checked = prepare(current);
    if (!checked.ok) return { outcome: 'refused', problems: checked.problems };
    const next = checked.case;
    await tx
      .insert(cases)
      .values({ groupId, id: caseId, version: next.version, data: next })
      .onConflictDoUpdate(replaceStoredVersion);
    await tx.insert(caseVersions).values({
      groupId,
      caseId,
      version: next.version,
      data: next,
      publishedByDeviceId: deviceId,
    });
    return { outcome: 'published', case: next };
  });
}

export interface CaseVersionEntry {
  version: number;
  publishedAt: Date;
  /** The publishing device's name; null for a version seeded from the server's files. */
  publishedBy: string | null;
}

/** The case's versions, newest first; null when the group has no such case. */
export async function listCaseVersions(
  db: StoreDatabase,
  groupId: string,
  caseId: string,
): Promise<CaseVersionEntry[] | null> {
  // Every stored case has at least one version row (seeded, published, or carried over by 0003).
  const versions = await db
    .select({
      version: caseVersions.version,
      publishedAt: caseVersions.publishedAt,
      publishedBy: devices.name,
    })
    .from(caseVersions)
    .leftJoin(devices, eq(devices.id, caseVersions.publishedByDeviceId))
    .where(and(eq(caseVersions.groupId, groupId), eq(caseVersions.caseId, caseId)))
    .orderBy(desc(caseVersions.version));
  return versions.length > 0 ? versions : null;
}

/**
 * What anyone may read without a token: public cases that are open or closed. Old rows written
 * before cases had a status or a public flag count as the schema's defaults (open, public).
 */
const readableByAnyone = sql`coalesce((${cases.data} ->> 'public')::boolean, true)
  and coalesce(${cases.data} ->> 'status', 'open') in ('open', 'closed')`;

export async function listPublicCases(db: StoreDatabase, groupId: string): Promise<Case[]> {
  const rows = await db
    .select({ data: cases.data })
    .from(cases)
    .where(and(eq(cases.groupId, groupId), readableByAnyone))
    .orderBy(asc(cases.id));
  return rows.map((row) => row.data);
}

export function findPublicCase(
  db: StoreDatabase,
  groupId: string,
  id: string,
): Promise<Case | null> {
  return findCase(db, groupId, id, readableByAnyone);
}
