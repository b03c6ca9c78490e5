import { createHash, randomInt } from 'node:crypto';

/**
 * Read aloud at a meeting or typed from a screenshot: no 0/O, 1/I/L, so a code survives being
 * copied by hand. 31 symbols, 16 of them: about 79 bits, far beyond guessing at the join rate limit.
 */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const GROUPS = 4;
const GROUP_LENGTH = 4;

/** A fresh code, shown in groups of four: `7KQM-2WXE-P9HD-R4TA`. */
export function generateJoinCode(): string {
  const groups: string[] = [];
  for (let g = 0; g < GROUPS; g += 1) {
    let group = '';
    for (let i = 0; i < GROUP_LENGTH; i += 1)
      group += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
    groups.push(group);
  }
  return groups.join('-');
}

/**
 * What a person may type for the same code: any case, with or without the dashes, with stray
 * spaces. Everything else is compared exactly.
 */
export function normalizeJoinCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]+/g, '');
}

/** The only form a code is stored in; sha256 is enough because the codes are long random strings. */
export function hashJoinCode(code: string): string {
  return createHash('sha256').update(normalizeJoinCode(code)).digest('hex');
}

export function joinLink(appUrl: string, code: string): string {
  // In the fragment, the code never reaches a server or a proxy log; the app reads it from there.
  return `${appUrl}/join#code=${encodeURIComponent(code)}`;
}
