import type { CartaDatabase } from '../db/database';
import type { OutboxItem, StallSession } from '../db/rows';
import { sealSignup, type SignupPersonalData } from '../domain/signupSealing';
import { OWN_PHONE_SESSION_ID } from '../domain/ownSignature';
import { consentRecord, type SignerChoices } from '../domain/stallConsent';
import { signUpDataSchema, type SignUpData } from '../domain/syncProtocol';
import { GroupKeyChangedError, signUpsPaused } from './groupKeyPin';
import { writeToOutbox } from './outbox';

export class StallSessionClosedError extends Error {
  constructor() {
    super('This stall session has ended');
    this.name = 'StallSessionClosedError';
  }
}

export interface SealingKey {
  key: CryptoKey;
  keyId: string;
}

/** The sign-up as it travels: the personal fields sealed, the consent record beside them. */
async function sealedSignUp(
  where: { caseId: string; stallSessionId: string },
  personal: SignupPersonalData,
  choices: SignerChoices,
  sealing: SealingKey,
  now: Date,
): Promise<SignUpData> {
  const readable = consentRecord(choices, where, now);
  const sealed = await sealSignup(personal, sealing.key, sealing.keyId, readable);
  return signUpDataSchema.parse({
    caseId: readable.caseId,
    stallSessionId: readable.stallSessionId,
    consent: readable.consent,
    sealed,
  });
}

/**
 * Checked in the same transaction as the write: a sync that brought another key while the signer
 * was typing stops this sign-up too, not only the next one.
 */
async function refuseIfTheKeyChanged(database: CartaDatabase, sealing: SealingKey): Promise<void> {
  const membership = await database.group.get('current');
  if (signUpsPaused(membership) || membership?.publicKeyId !== sealing.keyId) {
    throw new GroupKeyChangedError();
  }
}

/**
 * Saves one passer-by's sign-up. The personal fields are sealed before anything is written, so
 * they never reach IndexedDB in plain text; the outbox row and the stall's count are written in
 * one transaction, so the count never disagrees with what is waiting.
 */
export async function queueSignUp(
  database: CartaDatabase,
  session: Pick<StallSession, 'id' | 'caseId'>,
  personal: SignupPersonalData,
  choices: SignerChoices,
  sealing: SealingKey,
  now: Date = new Date(),
): Promise<OutboxItem> {
  const payload = await sealedSignUp(
    { caseId: session.caseId, stallSessionId: session.id },
    personal,
    choices,
    sealing,
    now,
  );
  return writeToOutbox(database, [database.stallSessions, database.group], async (add) => {
    await refuseIfTheKeyChanged(database, sealing);
    const current = await database.stallSessions.get(session.id);
    if (!current || current.endedAt !== null) throw new StallSessionClosedError();
    await database.stallSessions.update(session.id, { signupCount: current.signupCount + 1 });
    return add('sign-up', payload, now);
  });
}

/**
 * Saves the member's own signature on a petition, made on their own phone: sealed to the group's
 * key exactly as a stall's sign-up, with no stall session behind it.
 */
export async function queueOwnSignature(
  database: CartaDatabase,
  caseId: string,
  personal: SignupPersonalData,
  choices: SignerChoices,
  sealing: SealingKey,
  now: Date = new Date(),
): Promise<OutboxItem> {
  const payload = await sealedSignUp(
    { caseId, stallSessionId: OWN_PHONE_SESSION_ID },
    personal,
    choices,
    sealing,
    now,
  );
  return writeToOutbox(database, [database.group], async (add) => {
    await refuseIfTheKeyChanged(database, sealing);
    return add('sign-up', payload, now);
  });
}
