import { Dexie, type EntityTable } from 'dexie';
import { caseBasisOf } from './caseBasis';
import type {
  CaseDraftRow,
  CaseRead,
  CaseTotals,
  Draft,
  GroupMembership,
  OutboxItem,
  Profile,
  StallSession,
  StoredCase,
  StoredGroupKey,
  SyncState,
} from './rows';

/** Version 1's tables, kept as written so the upgrade test can make a version-1 database. */
export const SCHEMA_V1 = {
  cases: 'id, kind, deadline',
  drafts: 'id, caseId, updatedAt',
  profile: 'id',
  outbox: 'id, state, [state+createdAt], [type+state], payload.caseId',
  stallSessions: 'id, startedAt',
  group: 'id',
  syncState: 'id',
  totals: 'caseId',
} as const;

export class CartaDatabase extends Dexie {
  cases!: EntityTable<StoredCase, 'id'>;
  drafts!: EntityTable<Draft, 'id'>;
  profile!: EntityTable<Profile, 'id'>;
  outbox!: EntityTable<OutboxItem, 'id'>;
  stallSessions!: EntityTable<StallSession, 'id'>;
  group!: EntityTable<GroupMembership, 'id'>;
  syncState!: EntityTable<SyncState, 'id'>;
  totals!: EntityTable<CaseTotals, 'caseId'>;
  groupKey!: EntityTable<StoredGroupKey, 'id'>;
  caseDrafts!: EntityTable<CaseDraftRow, 'id'>;
  caseReads!: EntityTable<CaseRead, 'caseId'>;

  constructor(name = 'carta') {
    super(name);
    // Only indexed keys are listed. Why each index exists:
    // cases: `kind` and `deadline` drive the list's grouping and ordering.
    // drafts: `caseId` lists a case's letters; `updatedAt` orders the Letters tab.
    // outbox: `state` counts what still waits (the badge); `[state+createdAt]` sends oldest first;
    // `[type+state]` lists reports apart from sign-ups; `payload.caseId` gives a case page the
    // member's own actions.
    // stallSessions: `startedAt` orders the history.
    this.version(1).stores(SCHEMA_V1);
    // Version 2 (stall sign-ups): `groupKey` holds the coordinator's passphrase-protected private
    // key. Stall sessions gain a delivered count, the volunteer's PIN hash and the kiosk flag; the
    // membership gains the public key's id. No new index: a phone has a handful of sessions.
    this.version(2)
      .stores({ ...SCHEMA_V1, groupKey: 'id' })
      .upgrade(async (tx) => {
        await tx
          .table('stallSessions')
          .toCollection()
          .modify((session: Partial<StallSession>) => {
            session.deliveredCount ??= 0;
            session.pin ??= null;
            session.kioskOpen ??= false;
          });
        await tx
          .table('group')
          .toCollection()
          .modify((membership: Partial<GroupMembership>) => {
            membership.publicKeyId ??= null;
          });
        // A confirmed sign-up must not keep its ciphertext on the phone (DESIGN.md); version 1
        // kept delivered rows, so any confirmed sign-up goes now.
        await tx.table('outbox').where('[type+state]').equals(['sign-up', 'sent']).delete();
      });
    // Version 3 (the group's own cases): `caseDrafts` holds the coordinator's unpublished edits,
    // newest first in the editor's list; `caseReads` remembers the newest update a member has
    // seen of each case. A reference became one per language, and every draft remembers what its
    // case said when it was started, so it can tell the member what changed.
    this.version(3)
      .stores({ ...SCHEMA_V1, groupKey: 'id', caseDrafts: 'id, updatedAt', caseReads: 'caseId' })
      .upgrade(async (tx) => {
        const casesById = new Map<string, StoredCase>();
        await tx
          .table('cases')
          .toCollection()
          .modify((stored: StoredCase & { reference?: unknown }) => {
            if (typeof stored.reference === 'string') {
              stored.reference = { en: stored.reference, es: stored.reference };
            }
            stored.status ??= 'open';
            stored.public ??= true;
            casesById.set(stored.id, stored);
          });
        await tx
          .table('drafts')
          .toCollection()
          .modify((draft: Draft) => {
            const stored = casesById.get(draft.caseId);
            if (stored && !draft.caseBasis) draft.caseBasis = caseBasisOf(stored);
          });
      });
  }
}

/** The one database the app uses; tests make their own with a unique name. */
export const db = new CartaDatabase();
