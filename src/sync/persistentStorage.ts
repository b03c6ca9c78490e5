/** The browser's answer to "may Carta's records survive storage pressure?", remembered here. */
export const PERSISTENCE_STORAGE_KEY = 'carta.persistentStorage';

export type PersistenceStatus = 'granted' | 'not-granted' | 'not-asked' | 'unsupported';

function rememberedAnswer(): 'granted' | 'not-granted' | null {
  const value = localStorage.getItem(PERSISTENCE_STORAGE_KEY);
  return value === 'granted' || value === 'not-granted' ? value : null;
}

/**
 * Asked once, when the first record is queued: that is the moment the phone holds something that
 * exists nowhere else, and asking earlier would be a prompt without a reason (Firefox shows one).
 */
export async function askForPersistentStorageOnce(): Promise<void> {
  if (rememberedAnswer() !== null) return;
  if (typeof navigator.storage?.persist !== 'function') return;
  try {
    const granted = await navigator.storage.persist();
    localStorage.setItem(PERSISTENCE_STORAGE_KEY, granted ? 'granted' : 'not-granted');
  } catch {
    // Some privacy modes reject the request; it counts as not asked, so the next record asks again.
  }
}

/** What Settings shows: the browser's current word where it gives one, else what it answered. */
export async function readPersistenceStatus(): Promise<PersistenceStatus> {
  if (typeof navigator.storage?.persist !== 'function') return 'unsupported';
  try {
    if (
      typeof navigator.storage.persisted === 'function' &&
      (await navigator.storage.persisted())
    ) {
      return 'granted';
    }
  } catch {
    // Fall back to the remembered answer.
  }
  return rememberedAnswer() ?? 'not-asked';
}
