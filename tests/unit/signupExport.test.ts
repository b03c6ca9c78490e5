import { beforeAll, describe, expect, it } from 'vitest';
import { decryptSignupsToCsv } from '../../src/features/coordinator/exportSignups';
import {
  protectGroupKey,
  WrongPassphraseError,
  type GroupKeyBackup,
} from '../../src/domain/groupKeyBackup';
import { createGroupKeyPair, sealSignup, type GroupKeyPair } from '../../src/domain/signupSealing';
import { CONSENT_TEXT_VERSION, consentRecord } from '../../src/domain/stallConsent';
import type { StoredSignUp } from '../../src/domain/syncProtocol';

const PASSPHRASE = 'juliaca lantern seven rivers';
const stall = {
  caseId: 'peru-repression-petition',
  stallSessionId: '1b7c6c52-7f3e-4b8e-9d55-0a4f3c1f2e11',
};
let pair: GroupKeyPair;
let backup: GroupKeyBackup;

beforeAll(async () => {
  pair = await createGroupKeyPair();
  backup = await protectGroupKey(pair, PASSPHRASE);
});

async function storedSignUp(
  key: GroupKeyPair,
  name: string,
  choices: { petition: boolean; updates: boolean; language: 'en' | 'es' },
  signedAt: string,
): Promise<StoredSignUp> {
  const readable = consentRecord(choices, stall, new Date(signedAt));
  const sealed = await sealSignup(
    { name, email: `${name.toLowerCase()}@example.org`, postcode: 'B73 6AA' },
    key.publicKeySpki,
    key.keyId,
    readable,
  );
  return {
    id: crypto.randomUUID(),
    ...stall,
    createdAt: readable.signedAt,
    consent: readable.consent,
    sealed,
  };
}

describe("the coordinator's export", () => {
  it('opens every sign-up sealed to the key, in signing order, and says what it left out', async () => {
    const older = await createGroupKeyPair();
    const first = await storedSignUp(
      pair,
      'Rosa',
      { petition: true, updates: true, language: 'es' },
      '2026-11-28T10:00:00.000Z',
    );
    const second = await storedSignUp(
      pair,
      'Ann',
      { petition: true, updates: false, language: 'en' },
      '2026-11-28T10:05:00.000Z',
    );
    const forged = await storedSignUp(
      pair,
      'Tom',
      { petition: true, updates: false, language: 'en' },
      '2026-11-28T10:06:00.000Z',
    );
    forged.consent = { ...forged.consent, updates: true };
    const otherKey = await storedSignUp(
      older,
      'Eve',
      { petition: true, updates: false, language: 'en' },
      '2026-11-28T10:07:00.000Z',
    );

    const result = await decryptSignupsToCsv(backup, PASSPHRASE, [second, otherKey, forged, first]);

    expect(result).toMatchObject({ decrypted: 2, otherKey: 1, broken: 1 });
    const lines = result.csv.trim().split('\r\n');
    expect(lines.slice(1)).toEqual([
      `peru-repression-petition,${stall.stallSessionId},2026-11-28T10:00:00.000Z,Rosa,rosa@example.org,B73 6AA,yes,yes,${CONSENT_TEXT_VERSION},es`,
      `peru-repression-petition,${stall.stallSessionId},2026-11-28T10:05:00.000Z,Ann,ann@example.org,B73 6AA,yes,no,${CONSENT_TEXT_VERSION},en`,
    ]);
  });

  it('refuses a wrong passphrase before opening anything', async () => {
    const one = await storedSignUp(
      pair,
      'Rosa',
      { petition: true, updates: false, language: 'es' },
      '2026-11-28T10:00:00.000Z',
    );

    await expect(decryptSignupsToCsv(backup, 'wrong passphrase!', [one])).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
  });
});
