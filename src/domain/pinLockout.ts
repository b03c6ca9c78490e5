/**
 * How long leaving the kiosk stays locked after wrong PINs. A 4-digit PIN has 10,000 values: with
 * unlimited guesses a passer-by could walk off with the app, so after a few honest slips each
 * wrong PIN locks the door for twice as long as the last, up to a ceiling that a volunteer who
 * mistyped can still wait out at the stall.
 */
export const FREE_PIN_ATTEMPTS = 5;
export const FIRST_LOCKOUT_MS = 30_000;
export const LONGEST_LOCKOUT_MS = 15 * 60_000;

/** The wait imposed after the given number of wrong PINs in a row; 0 while they are still free. */
export function lockoutAfter(failures: number): number {
  if (failures < FREE_PIN_ATTEMPTS) return 0;
  const doublings = failures - FREE_PIN_ATTEMPTS;
  return Math.min(FIRST_LOCKOUT_MS * 2 ** doublings, LONGEST_LOCKOUT_MS);
}

/** Milliseconds until a PIN may be tried again; 0 when it may be tried now. */
export function lockoutRemaining(lockedUntil: string | null | undefined, now: Date): number {
  if (!lockedUntil) return 0;
  return Math.max(0, Date.parse(lockedUntil) - now.getTime());
}
