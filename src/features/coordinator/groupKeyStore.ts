import type { CartaDatabase } from '../../db/database';
import {
  parseGroupKeyBackup,
  protectGroupKey,
  unlockGroupKey,
  type GroupKeyBackup,
} from '../../domain/groupKeyBackup';
import { createGroupKeyPair } from '../../domain/signupSealing';

/**
 * Makes the group's key pair and keeps only the passphrase-locked private key. The unlocked key
 * exists in memory for the length of this call; nothing on the phone can use it without the
 * passphrase.
 */
export async function createGroupKey(
  database: CartaDatabase,
  passphrase: string,
  now: Date = new Date(),
): Promise<GroupKeyBackup> {
  const pair = await createGroupKeyPair();
  const backup = await protectGroupKey(pair, passphrase, now);
  await database.groupKey.put({ id: 'current', backup, storedAt: now.toISOString() });
  return backup;
}

/**
 * Puts a backup file's key on this phone. It is unlocked once first, so a wrong passphrase or a
 * damaged file is found now, not on the day of the export.
 */
export async function restoreGroupKey(
  database: CartaDatabase,
  fileText: string,
  passphrase: string,
  now: Date = new Date(),
): Promise<GroupKeyBackup> {
  const backup = await parseGroupKeyBackup(fileText);
  await unlockGroupKey(backup, passphrase);
  await database.groupKey.put({ id: 'current', backup, storedAt: now.toISOString() });
  return backup;
}
