import type { CartaDatabase } from '../db/database';
import type { OutboxItem } from '../db/rows';
import type { GroupPublicKey } from '../domain/syncProtocol';

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
 * Keeps the group's public key as the server last announced it. Runs inside the sync engine's
 * transaction (group table), so a key change lands together with the answer that carried it.
 */
export async function keepGroupPublicKey(
  database: CartaDatabase,
  group: GroupPublicKey,
): Promise<void> {
  const membership = await database.group.get('current');
  if (!membership) return;
  if (membership.publicKey === group.publicKey && membership.publicKeyId === group.keyId) return;
  await database.group.update('current', { publicKey: group.publicKey, publicKeyId: group.keyId });
}
