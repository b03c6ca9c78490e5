import type { CartaDatabase } from '../db/database';
import type { GroupMembership, OutboxItem } from '../db/rows';
import type { SignUpData, SyncGroup } from '../domain/syncProtocol';
import { isOwnSignature } from '../domain/ownSignature';
import { groupKeyChanges, type AnnouncedKey } from './groupKeyPin';

/**
 * A sign-up the server confirmed leaves the phone: its ciphertext is deleted and only the stall's
 * count remembers it, so a phone lost after syncing holds nothing of the signers at all. Runs
 * inside the sync engine's transaction (outbox and stallSessions), with the answer it belongs to.
 *
 * The member's own signature is the exception: its row stays, as delivered, so Activity and the
 * case page can say that they signed; only its sealed part goes, as a stall's would.
 * Returns that row, for the engine to write with the others; null when the row was deleted.
 */
export async function settleDeliveredSignUp(
  database: CartaDatabase,
  item: OutboxItem,
  now: Date,
): Promise<OutboxItem | null> {
  if (isOwnSignature(item.payload)) {
    const { caseId, stallSessionId, consent } = item.payload as SignUpData;
    return {
      ...item,
      payload: { caseId, stallSessionId, consent },
      state: 'sent',
      deliveredAt: now.toISOString(),
      lastError: null,
    };
  }
  await database.outbox.delete(item.id);
  const sessionId = (item.payload as { stallSessionId?: unknown } | null)?.stallSessionId;
  if (typeof sessionId !== 'string') return null;
  const session = await database.stallSessions.get(sessionId);
  if (session) {
    await database.stallSessions.update(sessionId, {
      deliveredCount: session.deliveredCount + 1,
    });
  }
  return null;
}

/**
 * Keeps the group's name and settings as the server last announced them, and its key as
 * groupKeyPin rules: a key other than the trusted one is only offered. Runs inside the sync
 * engine's transaction (group table), so a key change lands together with the answer that carried
 * it; `announced` is fingerprinted before that transaction opens. A server that does not send a
 * setting leaves the phone's copy as it was.
 */
export async function keepGroupSettings(
  database: CartaDatabase,
  group: SyncGroup,
  announced: AnnouncedKey | null,
  now: Date,
): Promise<void> {
  const membership = await database.group.get('current');
  if (!membership) return;
  const changes: Partial<GroupMembership> = groupKeyChanges(membership, announced, now);
  // The coordinator may rename the group; an older server that does not say keeps the joined name.
  if (group.name !== undefined && membership.groupName !== group.name) {
    changes.groupName = group.name;
  }
  if (group.contact !== undefined && membership.contact !== group.contact) {
    changes.contact = group.contact;
  }
  if (
    group.signupRetentionDays !== undefined &&
    membership.signupRetentionDays !== group.signupRetentionDays
  ) {
    changes.signupRetentionDays = group.signupRetentionDays;
  }
  if (Object.keys(changes).length > 0) await database.group.update('current', changes);
}
