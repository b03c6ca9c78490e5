import type { SocialHandle } from './case';

export const SOCIAL_POST_MAX_LENGTH = 280;

export interface SocialPost {
  text: string;
  /** A compose link that opens the network's app or site with the text filled in, where it has one. */
  intentUrl: string | null;
}

// Counted in code points, as the networks count, so an accented letter is one character.
function truncateToLength(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return `${chars
    .slice(0, max - 1)
    .join('')
    .trimEnd()}…`;
}

function intentUrlFor(network: SocialHandle['network'], text: string): string | null {
  const encoded = encodeURIComponent(text);
  switch (network) {
    case 'x':
      return `https://x.com/intent/post?text=${encoded}`;
    case 'bluesky':
      return `https://bsky.app/intent/compose?text=${encoded}`;
    case 'facebook':
    case 'instagram':
    case 'mastodon':
      // No public compose link: the member copies the text and posts from the profile page.
      return null;
  }
}

/** The case's post addressed to one handle, at most 280 characters with the handle included. */
export function buildSocialPost(handle: SocialHandle, message: string): SocialPost {
  const prefix = `${handle.handle} `;
  const text =
    prefix + truncateToLength(message.trim(), SOCIAL_POST_MAX_LENGTH - Array.from(prefix).length);
  return { text, intentUrl: intentUrlFor(handle.network, text) };
}
