import type { Case, CaseStatus } from '../domain/case';
import type { CaseForm } from '../domain/caseForm';
import type { Channel } from '../domain/channels';
import type { GroupKeyBackup } from '../domain/groupKeyBackup';
import type { Language } from '../domain/language';
import type { SenderDetails } from '../domain/appeal';
import type { DeviceRole, GroupTotals } from '../domain/syncProtocol';
import type { StoredPin } from '../domain/volunteerPin';

// The rows the phone keeps in IndexedDB (see database.ts for the tables and their indexes).

/** The member's own details: kept only on the phone, used to sign letters. */
export interface Profile extends SenderDetails {
  id: 'me';
  updatedAt: string;
}

export interface Draft {
  id: string;
  caseId: string;
  targetId: string;
  language: Language;
  /** How it was sent; null while it is a draft. */
  channel: Channel | null;
  subject: string;
  /** The letter as the member edits it, starting from the filled-in sample letter. */
  body: string;
  /** The member's own words, kept apart so the reading copy can show them as written. */
  ownParagraph: string;
  sender: SenderDetails;
  createdAt: string;
  updatedAt: string;
  sentAt: string | null;
  /**
   * What the case said when the draft was started, so the draft can say what changed since.
   * Absent only on drafts from before version 3 whose case was no longer on the phone.
   */
  caseBasis?: CaseBasis;
}

/** The parts of a case whose change a member writing about it must hear of. */
export interface CaseBasis {
  version: number;
  deadline: string | null;
  status: CaseStatus;
  /** The targets as JSON: any change to who or where to write counts. */
  targets: string;
}

export const OUTBOX_TYPES = ['action-report', 'sign-up'] as const;
export type OutboxType = (typeof OUTBOX_TYPES)[number];
/** `pending` is saved on this phone; `sent` is delivered (the server answered for this id). */
export type OutboxState = 'pending' | 'sent' | 'rejected';

/** One record that must reach the group's server; its id is the idempotency key. */
export interface OutboxItem {
  id: string;
  type: OutboxType;
  payload: unknown;
  createdAt: string;
  state: OutboxState;
  /** Requests that carried this item and got no answer for it; shown when it seems stuck. */
  attempts: number;
  /** The server's reason when it rejected the item, in its words. */
  lastError: string | null;
  deliveredAt: string | null;
}

export interface StallSession {
  id: string;
  caseId: string;
  place: string;
  startedAt: string;
  endedAt: string | null;
  /** Sign-ups saved on this phone at this stall, delivered or not. */
  signupCount: number;
  /** Of those, how many the server confirmed; their ciphertext is gone from the phone. */
  deliveredCount: number;
  /** Guards leaving the kiosk; null only for sessions written before version 2. */
  pin: StoredPin | null;
  /** The kiosk shows instead of the app until the volunteer's PIN closes it, across reloads. */
  kioskOpen: boolean;
  /**
   * Sign-ups an address already signed at this stall: not saved again, shown only to the
   * volunteer. Absent on sessions from before it existed, read as 0.
   */
  repeatCount?: number;
  /** Wrong PINs since the last right one; kept here so a reload cannot reset the lock-out. */
  pinFailures?: number;
  /** No PIN is checked before this moment (ISO); null or absent when leaving is not locked. */
  pinLockedUntil?: string | null;
}

/** The group this phone belongs to; a single row, absent until the member joins. */
export interface GroupMembership {
  id: 'current';
  serverUrl: string;
  deviceId: string;
  token: string;
  groupId: string;
  groupName: string;
  /** The name the member gave this phone when joining; absent on memberships from before it was kept. */
  deviceName?: string;
  /**
   * The key sign-ups are sealed to: only ever the first key this phone received, or one a volunteer
   * (or this coordinator) confirmed since. A server cannot replace it on its own.
   */
  publicKey: string | null;
  /** The public key's id, written into every sealed sign-up so the coordinator knows which key opens it. */
  publicKeyId?: string | null;
  /**
   * The short fingerprint of `publicKey` (domain/keyFingerprint). Absent on phones that received
   * their key before keys were pinned: those compare the key itself until the next sync fills it in.
   */
  pinnedKeyFingerprint?: string | null;
  /**
   * Another key the server announced. While it is here the phone takes no new sign-ups, until a
   * volunteer confirms its fingerprint with the coordinator (then it becomes `publicKey`).
   */
  offeredKey?: OfferedGroupKey | null;
  /** What the join code allowed; absent counts as `member`, the role that can do less. */
  role?: DeviceRole;
  /**
   * The server's GROUP_CONTACT and SIGNUP_RETENTION_DAYS as of the last sync, quoted by the kiosk's
   * consent text; absent until a sync brings them (or when the server does not send them).
   */
  contact?: string | null;
  signupRetentionDays?: number | null;
  joinedAt: string;
}

/** A group key the server announced that differs from the one this phone trusts. */
export interface OfferedGroupKey {
  publicKey: string;
  keyId: string | null;
  fingerprint: string;
  receivedAt: string;
  /** When a volunteer said its fingerprint is not the one the coordinator read out; null until then. */
  rejectedAt: string | null;
}

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
  /**
   * When the server first said the coordinator removed (revoked) this phone; null otherwise. The
   * outbox keeps everything not delivered, so the member can still see it and save it elsewhere.
   * Absent from rows written before it existed: read the row through readSyncState.
   */
  removedAt: string | null;
  /**
   * Cases the group withdrew and this phone dropped, with the withdrawn version: the app's bundled
   * copy of such a case (an older version) must not come back at the next start.
   */
  withdrawnCases?: Record<string, number>;
}

/** The group's totals for one case, as the server last reported them. */
export interface CaseTotals {
  caseId: string;
  counts: GroupTotals[string];
  receivedAt: string;
}

/** The coordinator's private key, kept only as the passphrase-protected backup. */
export interface StoredGroupKey {
  id: 'current';
  backup: GroupKeyBackup;
  storedAt: string;
}

/**
 * A case the coordinator is writing or changing, saved as they type. `id` is the case's slug once
 * it has one; a new case starts under a random id until its slug is chosen.
 */
export interface CaseDraftRow {
  id: string;
  /** The published version the edit started from; null for a case not yet published. */
  baseVersion: number | null;
  form: CaseForm;
  updatedAt: string;
}

/** The newest update of a case the member has seen; a newer one shows "Updated" in the list. */
export interface CaseRead {
  caseId: string;
  /** Date of the newest update when the member last opened the case; null when it had none. */
  seenUpdateOn: string | null;
  openedAt: string;
}
