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

// RFC 6068: line breaks in a mailto body are written as %0D%0A.
function encodeMailtoComponent(text: string): string {
  return encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
}

export function buildMailto(to: string, subject: string, body: string): MailtoLink {
  const base = `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}?subject=${encodeMailtoComponent(subject)}`;
  const full = `${base}&body=${encodeMailtoComponent(body)}`;
  if (full.length <= MAILTO_MAX_LENGTH) return { href: full, includesBody: true };
  return { href: base, includesBody: false };
}
