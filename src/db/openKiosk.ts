import type { CartaDatabase } from './database';
import type { StallSession } from './rows';

/**
 * The stall session whose kiosk is open, if any. While there is one the kiosk is all the phone
 * shows: the app's shell and the service worker both ask.
 */
export async function openKioskSession(database: CartaDatabase): Promise<StallSession | null> {
  return (await database.stallSessions.filter((session) => session.kioskOpen).first()) ?? null;
}
