import type { CartaDatabase } from '../db/database';
import type { GroupMembership } from '../db/rows';
import { keyFingerprint } from '../domain/keyFingerprint';

/**
 * The group key is never replaced silently (DESIGN.md, "Running the group"). A phone seals
 * sign-ups only to the first key it received; a server that announces another key (a stolen
 * coordinator token is enough to upload one) gets it held aside as `offeredKey`, and sign-ups stop
 * until a volunteer has compared its fingerprint with the one on the coordinator's screen.
 */

/** A key as the server announced it, with the fingerprint the phone worked out for itself. */
export interface AnnouncedKey {
  publicKey: string;
  keyId: string | null;
  fingerprint: string;
}

export type KeyFields = Pick<
  GroupMembership,
  'publicKey' | 'publicKeyId' | 'pinnedKeyFingerprint' | 'offeredKey'
>;

/** New sign-ups wait while the server's key is not the one this phone trusts. */
export class GroupKeyChangedError extends Error {
  constructor() {
    super("The group's key has changed and is not confirmed on this phone");
    this.name = 'GroupKeyChangedError';
  }
}

/**
 * Fingerprints the key of a sync or join answer. Done before the answer's transaction opens: a
 * digest is not an IndexedDB request, and awaiting one inside would let the transaction commit.
 * Null when the server announced no key, or one that is not a key at all.
 */
export async function announcedKey(group: {
  publicKey: string | null;
  keyId?: string | null | undefined;
}): Promise<AnnouncedKey | null> {
  if (!group.publicKey) return null;
  const fingerprint = await keyFingerprint(group.publicKey);
  return fingerprint
    ? { publicKey: group.publicKey, keyId: group.keyId ?? null, fingerprint }
    : null;
}

function isTrusted(current: KeyFields, announced: AnnouncedKey): boolean {
  if (current.pinnedKeyFingerprint) return current.pinnedKeyFingerprint === announced.fingerprint;
  // No pin yet: the first key is trusted, and so is the key a phone from before pinning holds.
  return current.publicKey === null || current.publicKey === announced.publicKey;
}

/** What an announced key changes on the phone: pure, so the rule can be read and tested alone. */
export function groupKeyChanges(
  current: KeyFields,
  announced: AnnouncedKey | null,
  now: Date,
): Partial<KeyFields> {
  // A server with no key (or an unreadable one) cannot take the trusted key away either.
  if (!announced) return {};
  const changes: Partial<KeyFields> = {};
  if (isTrusted(current, announced)) {
    if (current.publicKey !== announced.publicKey) changes.publicKey = announced.publicKey;
    if (current.publicKeyId !== announced.keyId) changes.publicKeyId = announced.keyId;
    if (current.pinnedKeyFingerprint !== announced.fingerprint) {
      changes.pinnedKeyFingerprint = announced.fingerprint;
    }
    // The server is back to the trusted key (the coordinator undid a change): sign-ups resume.
    if (current.offeredKey) changes.offeredKey = null;
    return changes;
  }
  // Announced again on every sync: the volunteer's answer about it must survive that.
  if (current.offeredKey?.fingerprint === announced.fingerprint) return changes;
  changes.offeredKey = {
    publicKey: announced.publicKey,
    keyId: announced.keyId,
    fingerprint: announced.fingerprint,
    receivedAt: now.toISOString(),
    rejectedAt: null,
  };
  return changes;
}

/** No new sign-up is sealed while another key waits for a volunteer's confirmation. */
export function signUpsPaused(membership: KeyFields | null | undefined): boolean {
  return Boolean(membership?.offeredKey);
}

/**
 * The volunteer compared the fingerprint with the coordinator's screen and it matches: the offered
 * key becomes the one sign-ups are sealed to. The fingerprint is the one the volunteer was shown,
 * so a key that arrived while they were comparing is never confirmed in its place.
 */
export async function confirmOfferedKey(
  database: CartaDatabase,
  shownFingerprint: string,
): Promise<boolean> {
  return database.transaction('rw', database.group, async () => {
    const offered = (await database.group.get('current'))?.offeredKey;
    if (!offered || offered.fingerprint !== shownFingerprint) return false;
    await database.group.update('current', {
      publicKey: offered.publicKey,
      publicKeyId: offered.keyId,
      pinnedKeyFingerprint: offered.fingerprint,
      offeredKey: null,
    });
    return true;
  });
}

/**
 * Records the volunteer's "it doesn't match" (`rejected`), or takes it back to compare again.
 * Either way sign-ups stay stopped: only a confirmation, or the server returning to the trusted
 * key, lets them start again.
 */
export async function answerOfferedKey(
  database: CartaDatabase,
  shownFingerprint: string,
  rejected: boolean,
  now: Date = new Date(),
): Promise<void> {
  await database.transaction('rw', database.group, async () => {
    const offered = (await database.group.get('current'))?.offeredKey;
    if (!offered || offered.fingerprint !== shownFingerprint) return;
    await database.group.update('current', {
      offeredKey: { ...offered, rejectedAt: rejected ? now.toISOString() : null },
    });
  });
}
