import { base64ToBytes } from './signupSealing';

/**
 * The group key's short fingerprint, the thing a coordinator reads aloud and a volunteer compares
 * before a phone trusts a new key (DESIGN.md, "Running the group"). It is the SHA-256 of the key's
 * SPKI bytes (DER, so one key has one encoding), cut to 80 bits and written in Crockford's base32:
 * 16 characters in four groups of four, with no I, L, O or U to mistake for 1, 0 or V. Forging a key
 * with the same 80 bits is a second preimage, out of reach of someone holding a stolen token.
 */

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const FINGERPRINT_BYTES = 10;
const GROUP_SIZE = 4;

/** Formats the start of a digest as the fingerprint; pure, so the phone and the coordinator agree. */
export function formatKeyFingerprint(digest: Uint8Array): string {
  if (digest.length < FINGERPRINT_BYTES) {
    throw new RangeError(`A fingerprint needs ${FINGERPRINT_BYTES} bytes of digest`);
  }
  let characters = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of digest.subarray(0, FINGERPRINT_BYTES)) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      characters += ALPHABET[(buffer >> bits) & 31];
    }
    buffer &= (1 << bits) - 1;
  }
  const groups = characters.match(new RegExp(`.{1,${GROUP_SIZE}}`, 'g')) ?? [];
  return groups.join(' ');
}

/**
 * The fingerprint of a public key as the server sends it (base64 SPKI). Null for text that is not
 * base64 at all: such a key could never seal anything, so there is nothing to confirm.
 */
export async function keyFingerprint(publicKeySpki: string): Promise<string | null> {
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = base64ToBytes(publicKeySpki);
  } catch {
    return null;
  }
  if (bytes.length === 0) return null;
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return formatKeyFingerprint(new Uint8Array(digest));
}
