import type { CartaDatabase } from '../db/database';
import type { OutboxItem, StallSession } from '../db/rows';
import { sealSignup, type SignupPersonalData } from '../domain/signupSealing';
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
  const readable = consentRecord(
    choices,
    { caseId: session.caseId, stallSessionId: session.id },
    now,
  );
  const sealed = await sealSignup(personal, sealing.key, sealing.keyId, readable);
  const payload: SignUpData = signUpDataSchema.parse({
    caseId: readable.caseId,
    stallSessionId: readable.stallSessionId,
    consent: readable.consent,
    sealed,
  });
  return writeToOutbox(database, [database.stallSessions, database.group], async (add) => {
    // Checked in the same transaction as the write: a sync that brought another key while this
    // signer was typing stops this sign-up too, not only the next one.
    const membership = await database.group.get('current');
    if (signUpsPaused(membership) || membership?.publicKeyId !== sealing.keyId) {
      throw new GroupKeyChangedError();
    }
    const current = await database.stallSessions.get(session.id);
    if (!current || current.endedAt !== null) throw new StallSessionClosedError();
    await database.stallSessions.update(session.id, { signupCount: current.signupCount + 1 });
    return add('sign-up', payload, now);
  });
}
