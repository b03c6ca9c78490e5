import { beforeAll, describe, expect, it } from 'vitest';
import {
  backupFileName,
  parseGroupKeyBackup,
  passphraseStrength,
  protectGroupKey,
  unlockGroupKey,
  WrongPassphraseError,
  NotAGroupKeyBackupError,
  type GroupKeyBackup,
} from '../../src/domain/groupKeyBackup';
import { signUpDataSchema, type SealedEnvelope } from '../../src/domain/syncProtocol';
import {
  base64ToBytes,
  bytesToBase64,
  createGroupKeyPair,
  openSignup,
  publicKeyId,
  sealSignup,
  SealedRecordError,
  type GroupKeyPair,
  type SignupReadableRecord,
} from '../../src/domain/signupSealing';

const signer = { name: 'Rosa Quispe', email: 'rosa@example.org', postcode: 'B73 6AA' };
const readable: SignupReadableRecord = {
  caseId: 'peru-repression-petition',
  stallSessionId: '1b7c6c52-7f3e-4b8e-9d55-0a4f3c1f2e11',
  signedAt: '2026-11-28T11:02:03.456Z',
  consent: { petition: true, updates: false, textVersion: '2026-11-v1', language: 'es' },
};

let pair: GroupKeyPair;

beforeAll(async () => {
  pair = await createGroupKeyPair();
});

/** Flips one bit in the middle of a base64 field, as a damaged or altered record would. */
function flipBit(field: string): string {
  const bytes = base64ToBytes(field);
  const middle = Math.floor(bytes.length / 2);
  bytes[middle] = (bytes[middle] ?? 0) ^ 0x01;
  return bytesToBase64(bytes);
}

describe('sealing a sign-up to the group key', () => {
  it('opens with the private key and gives back exactly what the signer typed', async () => {
    const envelope = await sealSignup(signer, pair.publicKeySpki, pair.keyId, readable);

    expect(envelope).toMatchObject({ alg: 'RSA-OAEP-256+A256GCM', keyId: pair.keyId });
    expect(await openSignup(envelope, pair.privateKey, readable)).toEqual(signer);
  });

  it('holds none of the personal fields in readable form and fits the sync contract', async () => {
    const envelope = await sealSignup(signer, pair.publicKeySpki, pair.keyId, readable);
    const data = {
      caseId: readable.caseId,
      stallSessionId: readable.stallSessionId,
      consent: readable.consent,
      sealed: envelope,
    };

    expect(signUpDataSchema.safeParse(data).success).toBe(true);
    const text =
      JSON.stringify(envelope) + new TextDecoder().decode(base64ToBytes(envelope.ciphertext));
    for (const value of Object.values(signer)) expect(text).not.toContain(value);
  });

  it('uses a fresh key and iv for every sign-up, so equal details never look equal', async () => {
    const first = await sealSignup(signer, pair.publicKeySpki, pair.keyId, readable);
    const second = await sealSignup(signer, pair.publicKeySpki, pair.keyId, readable);

    expect(second.wrappedKey).not.toBe(first.wrappedKey);
    expect(second.iv).not.toBe(first.iv);
    expect(second.ciphertext).not.toBe(first.ciphertext);
  });

  it.each(['ciphertext', 'iv', 'wrappedKey'] as const)(
    'refuses a record whose %s was changed',
    async (field) => {
      const envelope = await sealSignup(signer, pair.publicKeySpki, pair.keyId, readable);
      const tampered: SealedEnvelope = { ...envelope, [field]: flipBit(envelope[field]) };

      await expect(openSignup(tampered, pair.privateKey, readable)).rejects.toBeInstanceOf(
        SealedRecordError,
      );
    },
  );

  it('refuses a record whose readable consent flag was changed on the way', async () => {
    const envelope = await sealSignup(signer, pair.publicKeySpki, pair.keyId, readable);
    const forged = { ...readable, consent: { ...readable.consent, updates: true } };

    await expect(openSignup(envelope, pair.privateKey, forged)).rejects.toThrow(/changed/);
  });

  it('does not open with another group key', async () => {
    const other = await createGroupKeyPair();
    const envelope = await sealSignup(signer, pair.publicKeySpki, pair.keyId, readable);

    await expect(openSignup(envelope, other.privateKey, readable)).rejects.toBeInstanceOf(
      SealedRecordError,
    );
  });

  it('names the key by its fingerprint, so the id can be checked against the key', async () => {
    expect(await publicKeyId(pair.publicKeySpki)).toBe(pair.keyId);
    expect(pair.keyId).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
});

describe("the coordinator's passphrase-protected key", () => {
  const passphrase = 'juliaca lantern seven rivers';
  let backup: GroupKeyBackup;

  beforeAll(async () => {
    backup = await protectGroupKey(pair, passphrase, new Date('2026-11-20T09:00:00Z'));
  });

  it('is a versioned JSON file that unlocks with the passphrase and opens sign-ups', async () => {
    const file = JSON.stringify(backup);
    const restored = await parseGroupKeyBackup(file);
    const envelope = await sealSignup(signer, restored.publicKey, restored.keyId, readable);

    const privateKey = await unlockGroupKey(restored, passphrase);

    expect(restored).toMatchObject({
      format: 'carta-group-key',
      version: 1,
      kdf: { iterations: 600_000 },
    });
    expect(await openSignup(envelope, privateKey, readable)).toEqual(signer);
    expect(backupFileName(restored)).toMatch(/^carta-group-key-[A-Za-z0-9_-]{8}\.json$/);
  });

  it('keeps the private key only in encrypted form', () => {
    expect(JSON.stringify(backup)).not.toMatch(/PRIVATE KEY/);
    expect(Object.keys(backup)).not.toContain('privateKey');
  });

  it('says clearly when the passphrase is wrong', async () => {
    await expect(unlockGroupKey(backup, 'juliaca lantern seven river')).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
  });

  it('refuses a file that is not a backup, or whose key id was swapped', async () => {
    await expect(parseGroupKeyBackup('not json')).rejects.toBeInstanceOf(NotAGroupKeyBackupError);
    await expect(
      parseGroupKeyBackup(JSON.stringify({ ...backup, version: 2 })),
    ).rejects.toBeInstanceOf(NotAGroupKeyBackupError);
    const other = await createGroupKeyPair();
    await expect(
      parseGroupKeyBackup(JSON.stringify({ ...backup, keyId: other.keyId })),
    ).rejects.toThrow(/does not match/);
  });

  it('rates passphrases: short ones are refused, long varied ones are strong', () => {
    expect(passphraseStrength('short')).toBe('too-short');
    expect(passphraseStrength('abcdefghijkl')).toBe('weak');
    expect(passphraseStrength('abcdefghijklmnop')).toBe('fair');
    expect(passphraseStrength(passphrase)).toBe('strong');
  });
});
