import './schemaSettings';
import { z } from 'zod';
import {
  base64ToBytes,
  bytesToBase64,
  importPrivateKey,
  publicKeyId,
  SEALING_ALG,
  type GroupKeyPair,
} from './signupSealing';

/**
 * The coordinator's private key as it is kept: on their phone and in the backup file they download,
 * always encrypted under their passphrase. One format for both, so a backup restores on any phone.
 */

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; unlocking happens only when exporting, so it can be slow. */
export const PASSPHRASE_ITERATIONS = 600_000;
export const BACKUP_FORMAT = 'carta-group-key';
export const BACKUP_VERSION = 1;
export const MIN_PASSPHRASE_LENGTH = 12;

const base64 = z.string().regex(/^[A-Za-z0-9+/_-]+={0,2}$/);

export const groupKeyBackupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  alg: z.literal(SEALING_ALG),
  keyId: z.string().min(1).max(128),
  publicKey: base64,
  createdAt: z.iso.datetime({ offset: true }),
  kdf: z.strictObject({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.number().int().min(PASSPHRASE_ITERATIONS).max(10_000_000),
    salt: base64,
  }),
  cipher: z.strictObject({ name: z.literal('AES-GCM'), iv: base64 }),
  encryptedPrivateKey: base64,
});
export type GroupKeyBackup = z.infer<typeof groupKeyBackupSchema>;

export class WrongPassphraseError extends Error {
  constructor() {
    super('This passphrase does not unlock the group key');
    this.name = 'WrongPassphraseError';
  }
}

export class NotAGroupKeyBackupError extends Error {
  constructor(detail: string) {
    super(`Not a Carta group key backup: ${detail}`);
    this.name = 'NotAGroupKeyBackupError';
  }
}

const subtle = () => globalThis.crypto.subtle;

async function passphraseKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
  usage: 'encrypt' | 'decrypt',
): Promise<CryptoKey> {
  const material = await subtle().importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')) as Uint8Array<ArrayBuffer>,
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    [usage],
  );
}

/** Ties the encrypted private key to its public half, so the two cannot be mixed up in a file. */
function backupAssociatedData(keyId: string, publicKey: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(
    JSON.stringify([BACKUP_FORMAT, BACKUP_VERSION, keyId, publicKey]),
  ) as Uint8Array<ArrayBuffer>;
}

export async function protectGroupKey(
  pair: GroupKeyPair,
  passphrase: string,
  now: Date = new Date(),
): Promise<GroupKeyBackup> {
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(16));
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const key = await passphraseKey(passphrase, salt, PASSPHRASE_ITERATIONS, 'encrypt');
  const pkcs8 = await subtle().exportKey('pkcs8', pair.privateKey);
  const encrypted = await subtle().encrypt(
    { name: 'AES-GCM', iv, additionalData: backupAssociatedData(pair.keyId, pair.publicKeySpki) },
    key,
    pkcs8,
  );
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    alg: SEALING_ALG,
    keyId: pair.keyId,
    publicKey: pair.publicKeySpki,
    createdAt: now.toISOString(),
    kdf: {
      name: 'PBKDF2',
      hash: 'SHA-256',
      iterations: PASSPHRASE_ITERATIONS,
      salt: bytesToBase64(salt),
    },
    cipher: { name: 'AES-GCM', iv: bytesToBase64(iv) },
    encryptedPrivateKey: bytesToBase64(new Uint8Array(encrypted)),
  };
}

/** Reads a backup file's text; a file that is not one says why instead of failing later. */
export async function parseGroupKeyBackup(text: string): Promise<GroupKeyBackup> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new NotAGroupKeyBackupError('the file is not JSON');
  }
  const parsed = groupKeyBackupSchema.safeParse(raw);
  if (!parsed.success) {
    throw new NotAGroupKeyBackupError(parsed.error.issues[0]?.message ?? 'unexpected content');
  }
  if ((await publicKeyId(parsed.data.publicKey)) !== parsed.data.keyId) {
    throw new NotAGroupKeyBackupError('the key id does not match the public key');
  }
  return parsed.data;
}

/** The private key, usable only to unwrap sign-up keys and never exportable again from memory. */
export async function unlockGroupKey(
  backup: GroupKeyBackup,
  passphrase: string,
): Promise<CryptoKey> {
  const key = await passphraseKey(
    passphrase,
    base64ToBytes(backup.kdf.salt),
    backup.kdf.iterations,
    'decrypt',
  );
  let pkcs8: ArrayBuffer;
  try {
    pkcs8 = await subtle().decrypt(
      {
        name: 'AES-GCM',
        iv: base64ToBytes(backup.cipher.iv),
        additionalData: backupAssociatedData(backup.keyId, backup.publicKey),
      },
      key,
      base64ToBytes(backup.encryptedPrivateKey),
    );
  } catch {
    // GCM cannot tell a wrong passphrase from a damaged file; a wrong passphrase is far likelier.
    throw new WrongPassphraseError();
  }
  return importPrivateKey(new Uint8Array(pkcs8));
}

export function backupFileName(backup: GroupKeyBackup): string {
  return `carta-group-key-${backup.keyId.slice(0, 8)}.json`;
}

export type PassphraseStrength = 'too-short' | 'weak' | 'fair' | 'strong';

/**
 * A hint, not a gate beyond the minimum length: length matters most against guessing, and a few
 * unrelated words are easier to remember than symbols.
 */
export function passphraseStrength(passphrase: string): PassphraseStrength {
  const length = [...passphrase].length;
  if (length < MIN_PASSPHRASE_LENGTH) return 'too-short';
  const kinds = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) =>
    re.test(passphrase),
  ).length;
  const words = passphrase.trim().split(/\s+/).length;
  if (length >= 20 && (words >= 4 || kinds >= 3)) return 'strong';
  if (length >= 16 || kinds >= 3) return 'fair';
  return 'weak';
}
