/**
 * Notices an email address signing twice at one stall without keeping any address. Each address
 * becomes an HMAC-SHA256 under a key made for this kiosk session and held only in memory (not
 * extractable, never written). A plain hash would not do: email addresses are guessable, so a
 * list of SHA-256 digests could be checked against a list of addresses by anyone who got it. With
 * the key gone when the stall ends, what remains identifies nobody. The digests stay in memory
 * too, so a reload forgets them: a repeat is then accepted, which the coordinator can de-duplicate.
 */
export interface RepeatSignerCheck {
  /** True when this address already signed during this kiosk session; remembers it otherwise. */
  seenBefore(email: string): Promise<boolean>;
  /** Forgets an address again, when saving its sign-up failed. */
  forget(email: string): Promise<void>;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function createRepeatSignerCheck(): Promise<RepeatSignerCheck> {
  const subtle = globalThis.crypto.subtle;
  const key = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const seen = new Set<string>();
  const digest = async (email: string) => {
    const mac = await subtle.sign(
      'HMAC',
      key,
      new TextEncoder().encode(normalizeEmail(email)) as Uint8Array<ArrayBuffer>,
    );
    return Array.from(new Uint8Array(mac), (b) => b.toString(16).padStart(2, '0')).join('');
  };
  return {
    async seenBefore(email) {
      const mac = await digest(email);
      if (seen.has(mac)) return true;
      seen.add(mac);
      return false;
    },
    async forget(email) {
      seen.delete(await digest(email));
    },
  };
}
