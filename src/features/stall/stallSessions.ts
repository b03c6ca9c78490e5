import type { CartaDatabase } from '../../db/database';
import type { StallSession } from '../../domain/records';
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
  };
  await database.stallSessions.add(session);
  return session;
}

export async function openKiosk(database: CartaDatabase, sessionId: string): Promise<void> {
  await database.stallSessions.update(sessionId, { kioskOpen: true });
}

/** Closes the kiosk only for the right PIN; a wrong one changes nothing. */
export async function leaveKiosk(
  database: CartaDatabase,
  sessionId: string,
  pin: string,
): Promise<boolean> {
  const session = await database.stallSessions.get(sessionId);
  if (!session) return false;
  // A session from before PINs existed has none to check; it cannot have had a kiosk open either.
  if (session.pin && !(await pinMatches(pin, session.pin))) return false;
  await database.stallSessions.update(sessionId, { kioskOpen: false });
  return true;
}

export async function endStallSession(
  database: CartaDatabase,
  sessionId: string,
  now: Date = new Date(),
): Promise<void> {
  await database.stallSessions.update(sessionId, { endedAt: now.toISOString(), kioskOpen: false });
}
