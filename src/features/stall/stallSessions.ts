import type { CartaDatabase } from '../../db/database';
import type { StallSession } from '../../db/rows';
import { lockoutAfter, lockoutRemaining } from '../../domain/pinLockout';
import { hashPin, pinMatches } from '../../domain/volunteerPin';

/** Starts a stall and opens its kiosk at once: the volunteer hands the phone over next. */
export async function startStallSession(
  database: CartaDatabase,
  details: { caseId: string; place: string; pin: string },
  now: Date = new Date(),
): Promise<StallSession> {
  // Hashed before the transaction: awaiting Web Crypto inside one would let it commit early.
  const pin = await hashPin(details.pin);
  const session: StallSession = {
    id: crypto.randomUUID(),
    caseId: details.caseId,
    place: details.place.trim(),
    startedAt: now.toISOString(),
    endedAt: null,
    signupCount: 0,
    deliveredCount: 0,
    pin,
    kioskOpen: true,
    repeatCount: 0,
    pinFailures: 0,
    pinLockedUntil: null,
  };
  await database.stallSessions.add(session);
  return session;
}

export async function openKiosk(database: CartaDatabase, sessionId: string): Promise<void> {
  await database.stallSessions.update(sessionId, { kioskOpen: true });
}

export type LeaveKioskResult =
  | { outcome: 'left' }
  /** Wrong PIN; `lockedUntil` is set when this one started a lock-out. */
  | { outcome: 'wrong'; lockedUntil: string | null }
  /** Still locked from earlier wrong PINs: this PIN was not even checked. */
  | { outcome: 'locked'; lockedUntil: string };

/** Closes the kiosk only for the right PIN, and only when wrong ones have not locked it. */
export async function leaveKiosk(
  database: CartaDatabase,
  sessionId: string,
  pin: string,
  now: Date = new Date(),
): Promise<LeaveKioskResult> {
  const session = await database.stallSessions.get(sessionId);
  if (!session) return { outcome: 'wrong', lockedUntil: null };
  const lockedUntil = session.pinLockedUntil ?? null;
  if (lockedUntil && lockoutRemaining(lockedUntil, now) > 0)
    return { outcome: 'locked', lockedUntil };
  // A session from before PINs existed has none to check; it cannot have had a kiosk open either.
  if (!session.pin || (await pinMatches(pin, session.pin))) {
    await database.stallSessions.update(sessionId, {
      kioskOpen: false,
      pinFailures: 0,
      pinLockedUntil: null,
    });
    return { outcome: 'left' };
  }
  // The PIN check awaits Web Crypto, so this is not one transaction; the form sends one PIN at a
  // time, so no second check can overtake this count.
  const failures = (session.pinFailures ?? 0) + 1;
  const wait = lockoutAfter(failures);
  const until = wait > 0 ? new Date(now.getTime() + wait).toISOString() : null;
  await database.stallSessions.update(sessionId, { pinFailures: failures, pinLockedUntil: until });
  return { outcome: 'wrong', lockedUntil: until };
}

/** Counts, for the volunteer only, an address that signed at this stall already. */
export async function countRepeatSignUp(database: CartaDatabase, sessionId: string): Promise<void> {
  await database.stallSessions
    .where('id')
    .equals(sessionId)
    .modify((session) => {
      session.repeatCount = (session.repeatCount ?? 0) + 1;
    });
}

export async function endStallSession(
  database: CartaDatabase,
  sessionId: string,
  now: Date = new Date(),
): Promise<void> {
  await database.stallSessions.update(sessionId, { endedAt: now.toISOString(), kioskOpen: false });
}
