import { base64ToBytes, bytesToBase64 } from './signupSealing';

/** A volunteer's PIN as the phone keeps it: a slow salted hash, never the digits. */
export interface StoredPin {
  salt: string;
  hash: string;
  iterations: number;
}

/**
 * The PIN only stops a passer-by from leaving the kiosk; the sign-ups themselves are sealed to a
 * key the phone does not hold. It is hashed anyway, because volunteers reuse PINs elsewhere.
 * 4 to 8 digits cannot resist a patient attacker with the phone, whatever the iteration count,
 * so the count is set for a check that feels instant on a cheap phone.
 */
export const PIN_ITERATIONS = 100_000;
export const PIN_PATTERN = /^[0-9]{4,8}$/;

export function isValidPin(pin: string): boolean {
  return PIN_PATTERN.test(pin);
}

async function pinHash(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const subtle = globalThis.crypto.subtle;
  const material = await subtle.importKey(
    'raw',
    new TextEncoder().encode(pin) as Uint8Array<ArrayBuffer>,
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  return new Uint8Array(
    await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, 256),
  );
}

export async function hashPin(pin: string): Promise<StoredPin> {
  if (!isValidPin(pin)) throw new Error('A PIN is 4 to 8 digits');
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(16));
  const hash = await pinHash(pin, salt, PIN_ITERATIONS);
  return { salt: bytesToBase64(salt), hash: bytesToBase64(hash), iterations: PIN_ITERATIONS };
}

export async function pinMatches(pin: string, stored: StoredPin): Promise<boolean> {
  if (!isValidPin(pin)) return false;
  const candidate = await pinHash(pin, base64ToBytes(stored.salt), stored.iterations);
  const expected = base64ToBytes(stored.hash);
  if (candidate.length !== expected.length) return false;
  // Compare every byte, so the time taken says nothing about how much of the PIN was right.
  let difference = 0;
  for (let i = 0; i < candidate.length; i += 1)
    difference |= (candidate[i] ?? 0) ^ (expected[i] ?? 0);
  return difference === 0;
}
