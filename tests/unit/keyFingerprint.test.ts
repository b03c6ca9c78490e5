import { beforeAll, describe, expect, it } from 'vitest';
import { formatKeyFingerprint, keyFingerprint } from '../../src/domain/keyFingerprint';
import {
  base64ToBytes,
  bytesToBase64,
  createGroupKeyPair,
  type GroupKeyPair,
} from '../../src/domain/signupSealing';

let key: GroupKeyPair;

// RSA key generation is slow on a busy machine; the default ten seconds is not always enough.
beforeAll(async () => {
  key = await createGroupKeyPair();
}, 60_000);

// Four groups of four from Crockford's base32: no I, L, O or U to misread aloud.
const SHAPE = /^[0-9A-HJKMNP-TV-Z]{4}( [0-9A-HJKMNP-TV-Z]{4}){3}$/;

describe("a group key's short fingerprint", () => {
  it('is the start of the SHA-256 of the key bytes, in the form worked out by hand elsewhere', async () => {
    // Expected values from Python's hashlib and its own base32 loop, not from this code.
    expect(await keyFingerprint('YWJj')).toBe('Q9W1 DFWF 077Y MGA1'); // the bytes "abc"
    expect(await keyFingerprint('AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJw==')).toBe(
      'BYN4 XV1P 25AP G4P2',
    );
  });

  it('is short enough to read aloud, the same every time for one key and different for another', async () => {
    const once = await keyFingerprint(key.publicKeySpki);
    expect(once).toMatch(SHAPE);
    expect(await keyFingerprint(key.publicKeySpki)).toBe(once);
    // One bit of the key's bytes changed is another key, and another fingerprint.
    const bytes = base64ToBytes(key.publicKeySpki);
    bytes[bytes.length - 1]! ^= 1;
    expect(await keyFingerprint(bytesToBase64(bytes))).not.toBe(once);
  });

  it('formats the first 80 bits of a digest and nothing after them', () => {
    expect(formatKeyFingerprint(new Uint8Array(10))).toBe('0000 0000 0000 0000');
    expect(formatKeyFingerprint(new Uint8Array(32).fill(255))).toBe('ZZZZ ZZZZ ZZZZ ZZZZ');
    const digest = new Uint8Array(32).fill(7);
    const changedAfter = digest.slice();
    changedAfter[10] = 8;
    expect(formatKeyFingerprint(changedAfter)).toBe(formatKeyFingerprint(digest));
    expect(() => formatKeyFingerprint(new Uint8Array(9))).toThrow(RangeError);
  });

  it('is null for text that is not a key at all, so nothing is offered for it', async () => {
    expect(await keyFingerprint('not base64 ✗')).toBeNull();
    expect(await keyFingerprint('')).toBeNull();
  });
});
