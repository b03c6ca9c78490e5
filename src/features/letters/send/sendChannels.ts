import type { Target } from '../../../domain/case';
import type { Channel } from '../../../domain/channels';

/** The channels this target can be reached by, in the order the send panel offers them. */
export function sendChannels(target: Target): Channel[] {
  const channels: Channel[] = [];
  if (target.email) channels.push('email');
  if (target.postalAddress) channels.push('post');
  if (target.fax) channels.push('fax');
  if (target.phone) channels.push('phone');
  if (target.social.length > 0) channels.push('social');
  return channels;
}
