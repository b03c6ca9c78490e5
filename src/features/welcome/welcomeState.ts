// Kept in localStorage, not IndexedDB: the case list must know before its first render, without
// waiting for the database, or the welcome would push the list down as it appears.
const DISMISSED_KEY = 'carta.welcome';

export function isWelcomeDismissed(): boolean {
  try {
    return localStorage.getItem(DISMISSED_KEY) === 'dismissed';
  } catch {
    // Storage blocked: better a welcome each time than none for a newcomer.
    return false;
  }
}

/** Never shown again on this phone: skipped, read, or no longer needed once the phone joined. */
export function dismissWelcome(): void {
  try {
    localStorage.setItem(DISMISSED_KEY, 'dismissed');
  } catch {
    // Nothing to do: the welcome comes back next time, and can be skipped again.
  }
}
