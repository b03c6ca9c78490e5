/**
 * Mail apps and some Android intent handlers truncate or refuse `mailto:` URLs much beyond
 * 2,000 characters, so a longer letter goes through the clipboard instead.
 */
export const MAILTO_MAX_LENGTH = 2000;

export interface MailtoLink {
  href: string;
  /** False when the body was left out because it would make the link too long: paste it instead. */
  includesBody: boolean;
}

// Half of an emoji (a lone UTF-16 surrogate) can sit in a text field for a moment while a
// keyboard composes it, and encodeURIComponent throws on it; U+FFFD keeps the link buildable.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// RFC 6068: line breaks in a mailto body are written as %0D%0A.
function encodeMailtoComponent(text: string): string {
  return encodeURIComponent(text.replace(LONE_SURROGATE, '\uFFFD').replace(/\r?\n/g, '\r\n'));
}

export function buildMailto(to: string, subject: string, body: string): MailtoLink {
  const base = `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}?subject=${encodeMailtoComponent(subject)}`;
  const full = `${base}&body=${encodeMailtoComponent(body)}`;
  if (full.length <= MAILTO_MAX_LENGTH) return { href: full, includesBody: true };
  return { href: base, includesBody: false };
}
