import {
  bigint,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import type { Case } from '../../domain/case';

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
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const cases = pgTable('cases', {
  id: text('id').primaryKey(),
  version: integer('version').notNull(),
  data: jsonb('data').$type<Case>().notNull(),
  /** When this server last wrote the row; the case's own edit time lives in data.updatedAt. */
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  seq: bigint('seq', { mode: 'number' })
    .notNull()
    .unique()
    .default(sql`nextval('case_change_seq')`),
});
