import { Dexie, type EntityTable } from 'dexie';
import type { Case } from '../domain/case';
import type { GroupTotals } from '../domain/syncProtocol';
import type { Draft, GroupMembership, OutboxItem, Profile, StallSession } from '../domain/records';

/** A case as the phone keeps it: where the copy came from decides nothing, its version does. */
export interface StoredCase extends Case {
  origin: 'bundle' | 'server';
}

/** The sync engine's own bookkeeping; a single row so every tab and the service worker share it. */
export interface SyncState {
  id: 'sync';
  cursor: string | null;
  lastSyncedAt: string | null;
  /** Consecutive failed attempts, for the backoff; reset by any answer from the server. */
  failures: number;
  /** No automatic attempt before this instant (backoff or the server's Retry-After). */
  notBefore: string | null;
  lastError: string | null;
  /** The server refused the device's token: syncing stops until the member joins again. */
  needsRejoin: boolean;
}

/** The group's totals for one case, as the server last reported them. */
export interface CaseTotals {
  caseId: string;
  counts: GroupTotals[string];
  receivedAt: string;
}

export class CartaDatabase extends Dexie {
  cases!: EntityTable<StoredCase, 'id'>;
  drafts!: EntityTable<Draft, 'id'>;
  profile!: EntityTable<Profile, 'id'>;
  outbox!: EntityTable<OutboxItem, 'id'>;
  stallSessions!: EntityTable<StallSession, 'id'>;
  group!: EntityTable<GroupMembership, 'id'>;
  syncState!: EntityTable<SyncState, 'id'>;
  totals!: EntityTable<CaseTotals, 'caseId'>;

  constructor(name = 'carta') {
    super(name);
    // Only indexed keys are listed. Why each index exists:
    // cases: `kind` and `deadline` drive the list's grouping and ordering.
    // drafts: `caseId` lists a case's letters; `updatedAt` orders the Letters tab.
    // outbox: `state` counts what still waits (the badge); `[state+createdAt]` sends oldest first;
    // `[type+state]` lists reports apart from sign-ups; `payload.caseId` gives a case page the
    // member's own actions.
    // stallSessions: `startedAt` orders the history.
    this.version(1).stores({
      cases: 'id, kind, deadline',
      drafts: 'id, caseId, updatedAt',
      profile: 'id',
      outbox: 'id, state, [state+createdAt], [type+state], payload.caseId',
      stallSessions: 'id, startedAt',
      group: 'id',
      syncState: 'id',
      totals: 'caseId',
    });
  }
}

/** The one database the app uses; tests make their own with a unique name. */
export const db = new CartaDatabase();
