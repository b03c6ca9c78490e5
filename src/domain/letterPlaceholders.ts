/**
 * Every name a sample letter may use as `{{name}}`. Keeping the list closed lets the content
 * test reject a typo before a letter with a literal "{{…}}" in it reaches an official.
 */
export const LETTER_PLACEHOLDERS = [
  'salutation',
  'targetName',
  'targetRole',
  /** The target's own paragraph (Target.paragraph); empty, and its blank line gone, when it has none. */
  'targetParagraph',
  'date',
  'senderName',
  'senderAddress',
  'closing',
] as const;
export type LetterPlaceholder = (typeof LETTER_PLACEHOLDERS)[number];

const PLACEHOLDER_PATTERN = /\{\{\s*([^{}]*?)\s*\}\}/g;

export function findPlaceholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER_PATTERN)].map((m) => m[1] ?? '');
}

export function findUnknownPlaceholders(text: string): string[] {
  const known: readonly string[] = LETTER_PLACEHOLDERS;
  return [...new Set(findPlaceholders(text).filter((name) => !known.includes(name)))];
}
