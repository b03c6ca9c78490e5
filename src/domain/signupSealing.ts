import type { Language } from './language';
import type { SealedEnvelope } from './syncProtocol';

/**
 * Sealing a passer-by's details to the group's public key (DESIGN.md, "Sign-ups and personal data").
 *
 * RSA-OAEP-256 (3072-bit) wraps a fresh AES-256-GCM key per sign-up. RSA rather than ECDH P-256 +
 * HKDF because the envelope contract is {alg, keyId, wrappedKey, iv, ciphertext}: ECDH needs an
 * ephemeral public key per record and there is no field for it, while an RSA-wrapped key fits
 * `wrappedKey` as it is. It is also one Web Crypto primitive with no key-derivation choices to get
 * wrong; the slower key generation happens once, on the coordinator's phone.
 *
 * Pure: Web Crypto through globalThis.crypto.subtle, the same in browsers and Node 20.
 */

export const SEALING_ALG = 'RSA-OAEP-256+A256GCM';
const RSA_PARAMS: RsaHashedKeyGenParams = {
  name: 'RSA-OAEP',
  modulusLength: 3072,
  publicExponent: new Uint8Array([1, 0, 1]),
  hash: 'SHA-256',
};
const RSA_IMPORT: RsaHashedImportParams = { name: 'RSA-OAEP', hash: 'SHA-256' };

/** What the phone seals; nothing else of the signer is ever written anywhere. */
export interface SignupPersonalData {
  name: string;
  email: string;
  postcode: string;
}

/**
 * The readable part of a sign-up. It is bound into the AES-GCM tag as associated data, so a server
 * that changed a consent flag, the time or the stall of a record could not get it past export.
 */
export interface SignupReadableRecord {
  caseId: string;
  stallSessionId: string;
  signedAt: string;
  consent: { petition: boolean; updates: boolean; textVersion: string; language: Language };
}

export class SealedRecordError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SealedRecordError';
  }
}

const subtle = () => globalThis.crypto.subtle;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> {
  const standard = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(standard.padEnd(Math.ceil(standard.length / 4) * 4, '='));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const utf8 = (text: string) => new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;

/** Canonical: a fixed key order, so phone and coordinator make the same bytes from the same record. */
export function signupAssociatedData(record: SignupReadableRecord): Uint8Array<ArrayBuffer> {
  return utf8(
    JSON.stringify([
      SEALING_ALG,
      record.caseId,
      record.stallSessionId,
      new Date(record.signedAt).toISOString(),
      record.consent.petition,
      record.consent.updates,
      record.consent.textVersion,
      record.consent.language,
    ]),
  );
}

/** A key's id is its own fingerprint: anyone holding the public key can check it names that key. */
export async function publicKeyId(publicKeySpki: string): Promise<string> {
  const digest = new Uint8Array(await subtle().digest('SHA-256', base64ToBytes(publicKeySpki)));
  return bytesToBase64(digest.subarray(0, 16))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

export function importSealingKey(publicKeySpki: string): Promise<CryptoKey> {
  return subtle().importKey('spki', base64ToBytes(publicKeySpki), RSA_IMPORT, false, ['wrapKey']);
}

/** Whether a public key is one this version seals to: RSA-OAEP with SHA-256, 3072 bits or more. */
export async function isSealingKey(publicKeySpki: string): Promise<boolean> {
  try {
    const key = await importSealingKey(publicKeySpki);
    return (key.algorithm as RsaHashedKeyAlgorithm).modulusLength >= RSA_PARAMS.modulusLength;
  } catch {
    return false;
  }
}

/**
 * Seals one signer's details. The AES key lives only inside this call: it is wrapped and dropped,
 * so the phone that sealed the record cannot open it again.
 */
export async function sealSignup(
  personal: SignupPersonalData,
  publicKey: CryptoKey | string,
  keyId: string,
  readable: SignupReadableRecord,
): Promise<SealedEnvelope> {
  const wrappingKey = typeof publicKey === 'string' ? await importSealingKey(publicKey) : publicKey;
  const contentKey = await subtle().generateKey({ name: 'AES-GCM', length: 256 }, true, [
    'encrypt',
  ]);
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const plaintext = utf8(
    JSON.stringify({ name: personal.name, email: personal.email, postcode: personal.postcode }),
  );
  const ciphertext = await subtle().encrypt(
    { name: 'AES-GCM', iv, additionalData: signupAssociatedData(readable) },
    contentKey,
    plaintext,
  );
  const wrappedKey = await subtle().wrapKey('raw', contentKey, wrappingKey, { name: 'RSA-OAEP' });
  return {
    alg: SEALING_ALG,
    keyId,
    wrappedKey: bytesToBase64(new Uint8Array(wrappedKey)),
    iv: bytesToBase64(iv),
    ciphertext: bytesToBase64(new Uint8Array(ciphertext)),
  };
}

function isPersonalData(value: unknown): value is SignupPersonalData {
  const v = value as Record<string, unknown> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.name === 'string' &&
    typeof v.email === 'string' &&
    typeof v.postcode === 'string'
  );
}

/**
 * Opens a sealed sign-up with the coordinator's private key. Any change to the wrapped key, the iv,
 * the ciphertext or the readable record makes this throw: GCM's tag covers them all.
 */
export async function openSignup(
  envelope: SealedEnvelope,
  privateKey: CryptoKey,
  readable: SignupReadableRecord,
): Promise<SignupPersonalData> {
  if (envelope.alg !== SEALING_ALG) {
    throw new SealedRecordError(`Sealed with ${envelope.alg}, which this version cannot open`);
  }
  let contentKey: CryptoKey;
  try {
    contentKey = await subtle().unwrapKey(
      'raw',
      base64ToBytes(envelope.wrappedKey),
      privateKey,
      { name: 'RSA-OAEP' },
      { name: 'AES-GCM', length: 256 },
      false,
      ['decrypt'],
    );
  } catch (cause) {
    throw new SealedRecordError('The wrapped key does not open with this private key', { cause });
  }
  let plaintext: ArrayBuffer;
  try {
    plaintext = await subtle().decrypt(
      {
        name: 'AES-GCM',
        iv: base64ToBytes(envelope.iv),
        additionalData: signupAssociatedData(readable),
      },
      contentKey,
      base64ToBytes(envelope.ciphertext),
    );
  } catch (cause) {
    throw new SealedRecordError('The sealed record was changed after it was sealed', { cause });
  }
  const parsed: unknown = JSON.parse(new TextDecoder().decode(plaintext));
  if (!isPersonalData(parsed))
    throw new SealedRecordError('The sealed record has no sign-up in it');
  return parsed;
}

export interface GroupKeyPair {
  publicKeySpki: string;
  keyId: string;
  privateKey: CryptoKey;
}

/** The group's key pair; the private half is extractable only so it can be put in the backup. */
export async function createGroupKeyPair(): Promise<GroupKeyPair> {
  const pair = await subtle().generateKey(RSA_PARAMS, true, ['wrapKey', 'unwrapKey']);
  const spki = bytesToBase64(new Uint8Array(await subtle().exportKey('spki', pair.publicKey)));
  return { publicKeySpki: spki, keyId: await publicKeyId(spki), privateKey: pair.privateKey };
}

export function importPrivateKey(pkcs8: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return subtle().importKey('pkcs8', pkcs8, RSA_IMPORT, false, ['unwrapKey']);
}
