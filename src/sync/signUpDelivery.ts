import type { CartaDatabase } from '../db/database';
import type { GroupMembership, OutboxItem } from '../db/rows';
import type { SyncGroup } from '../domain/syncProtocol';
import { groupKeyChanges, type AnnouncedKey } from './groupKeyPin';

/**
 * A sign-up the server confirmed leaves the phone: its ciphertext is deleted and only the stall's
 * count remembers it, so a phone lost after syncing holds nothing of the signers at all. Runs
 * inside the sync engine's transaction (outbox and stallSessions), with the answer it belongs to.
 */
export async function forgetDeliveredSignUp(
  database: CartaDatabase,
  item: OutboxItem,
): Promise<void> {
  await database.outbox.delete(item.id);
  const sessionId = (item.payload as { stallSessionId?: unknown } | null)?.stallSessionId;
  if (typeof sessionId !== 'string') return;
  const session = await database.stallSessions.get(sessionId);
  if (session) {
    await database.stallSessions.update(sessionId, {
      deliveredCount: session.deliveredCount + 1,
    });
  }
}

/**
 * Keeps the group's settings as the server last announced them, and its key as groupKeyPin rules:
 * a key other than the trusted one is only offered. Runs inside the sync engine's transaction
 * (group table), so a key change lands together with the answer that carried it; `announced` is
 * fingerprinted before that transaction opens. A server that does not send a setting leaves the
 * phone's copy as it was.
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
