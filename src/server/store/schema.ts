import {
  bigint,
  boolean,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import type { Case } from '../../domain/case';
import type { ActionType, DeviceRole, SealedEnvelope } from '../../domain/syncProtocol';

/**
 * One number drawn on every insert and every update of a case, so a phone can ask for "what
 * changed after the last number I saw" without comparing clocks.
 */
export const caseChangeSequence = pgSequence('case_change_seq');

export const groups = pgTable('groups', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  /** The key phones seal sign-ups to; null until the coordinator has created one. */
  publicKey: text('public_key'),
  /** The public key's fingerprint, sealed into every sign-up so the coordinator knows its key. */
  publicKeyId: text('public_key_id'),
  /**
   * The address the server last printed in its join links (PUBLIC_URL, or HOST and PORT), so
   * `npm run codes`, run without the server's environment, prints the same one.
   */
  announcedUrl: text('announced_url'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A group's cases: the id (slug) is unique within the group only, so two groups can each have
 * their "ua-105-22". The change number stays one sequence for the whole store, so a cursor still
 * means "after this number"; a phone only ever sees its own group's rows.
 */
export const cases = pgTable(
  'cases',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id),
    id: text('id').notNull(),
    version: integer('version').notNull(),
    data: jsonb('data').$type<Case>().notNull(),
    /** When this server last wrote the row; the case's own edit time lives in data.updatedAt. */
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    seq: bigint('seq', { mode: 'number' })
      .notNull()
      .unique()
      .default(sql`nextval('case_change_seq')`),
  },
  (table) => [
    primaryKey({ columns: [table.groupId, table.id] }),
    index('cases_group_seq').on(table.groupId, table.seq),
  ],
);

/** Codes are kept only as sha256 hashes: a copy of the database must not let anyone join. */
export const joinCodes = pgTable(
  'join_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id),
    role: text('role').$type<DeviceRole>().notNull(),
    codeHash: text('code_hash').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (table) => [
    // One live code per role: rotation revokes the old one in the same transaction.
    uniqueIndex('join_codes_one_active_per_role')
      .on(table.groupId, table.role)
      .where(sql`${table.revokedAt} is null`),
  ],
);

export const devices = pgTable('devices', {
  id: uuid('id').primaryKey().defaultRandom(),
  groupId: uuid('group_id')
    .notNull()
    .references(() => groups.id),
  role: text('role').$type<DeviceRole>().notNull(),
  name: text('name').notNull(),
  /** sha256 of the bearer token; the token itself exists only on the phone. */
  tokenHash: text('token_hash').notNull().unique(),
  joinCodeId: uuid('join_code_id')
    .notNull()
    .references(() => joinCodes.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  /** The coordinator's way to tell a phone still in use from one lost in a drawer. */
  lastSyncAt: timestamp('last_sync_at', { withTimezone: true }),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
});

/**
 * Every version of a case ever published, kept whole, so the coordinator can see who published
 * what and when. Seeded versions have no publisher: they came from the server's case files.
 */
export const caseVersions = pgTable(
  'case_versions',
  {
    groupId: uuid('group_id').notNull(),
    caseId: text('case_id').notNull(),
    version: integer('version').notNull(),
    data: jsonb('data').$type<Case>().notNull(),
    publishedByDeviceId: uuid('published_by_device_id').references(() => devices.id),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.groupId, table.caseId, table.version] }),
    foreignKey({
      columns: [table.groupId, table.caseId],
      foreignColumns: [cases.groupId, cases.id],
    }),
  ],
);

/**
 * Every item a phone pushed, whatever its type: one key space for the client ids within a group,
 * so an id is stored once per group (another group's phone reusing it cannot mask it), and the
 * payload hash tells a harmless repeat from a different record reusing an id.
 */
export const pushedItems = pgTable(
  'pushed_items',
  {
    id: uuid('id').notNull(),
    type: text('type').$type<'action-report' | 'sign-up'>().notNull(),
    payloadHash: text('payload_hash').notNull(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id),
    deviceId: uuid('device_id')
      .notNull()
      .references(() => devices.id),
    caseId: text('case_id').notNull(),
    /** When the phone saved it; receivedAt is when it reached this server. */
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.groupId, table.id] }),
    index('pushed_items_group_case').on(table.groupId, table.caseId),
  ],
);

export const actionReports = pgTable(
  'action_reports',
  {
    groupId: uuid('group_id').notNull(),
    itemId: uuid('item_id').notNull(),
    actions: jsonb('actions').$type<Partial<Record<ActionType, number>>>().notNull(),
    occurredOn: date('occurred_on').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.groupId, table.itemId] }),
    foreignKey({
      columns: [table.groupId, table.itemId],
      foreignColumns: [pushedItems.groupId, pushedItems.id],
    }),
    // Totals over time read one group's reports by date range.
    index('action_reports_group_occurred_on').on(table.groupId, table.occurredOn),
  ],
);

/** Readable columns are what counting and consent records need; personal fields stay sealed. */
export const signUps = pgTable(
  'sign_ups',
  {
    groupId: uuid('group_id').notNull(),
    itemId: uuid('item_id').notNull(),
    stallSessionId: uuid('stall_session_id').notNull(),
    consentPetition: boolean('consent_petition').notNull(),
    consentUpdates: boolean('consent_updates').notNull(),
    consentTextVersion: text('consent_text_version').notNull(),
    consentLanguage: text('consent_language').notNull(),
    sealed: jsonb('sealed').$type<SealedEnvelope>().notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.groupId, table.itemId] }),
    foreignKey({
      columns: [table.groupId, table.itemId],
      foreignColumns: [pushedItems.groupId, pushedItems.id],
    }),
  ],
);

/**
 * The group's running totals, one row per case and action type (or `signups`). Kept up to date in
 * the same transaction that stores the items, so a sync answers them without adding up every report
 * the group ever made.
 */
export const caseTotals = pgTable(
  'case_totals',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id),
    caseId: text('case_id').notNull(),
    action: text('action').$type<ActionType | 'signups'>().notNull(),
    // 64-bit: a 32-bit total overflowed after a few thousand full batches and then refused every
    // batch touching its case. Read back as a JS number, exact up to 2^53.
    count: bigint('count', { mode: 'number' }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.groupId, table.caseId, table.action] })],
);
