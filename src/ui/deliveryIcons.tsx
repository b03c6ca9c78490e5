import type { ReactNode } from 'react';
import { Icon as LineIcon } from './icons';

// Decorative: each icon sits beside its words ("Saved on this phone", "Delivered"), so the state
// never rests on the picture or the colour alone. Smaller than the navigation's icons.
function Icon({ children }: { children: ReactNode }) {
  return (
    <LineIcon width="18" height="18" strokeWidth="2.25">
      {children}
    </LineIcon>
  );
}

/** A phone: the record is kept here and has not reached the group yet. */
export function SavedOnPhoneIcon() {
  return (
    <Icon>
      <rect x="6" y="2" width="12" height="20" rx="2" />
      <path d="M11 18h2" />
    </Icon>
  );
}

/** A tick in a circle: the group's server has it. */
export function DeliveredIcon() {
  return (
    <Icon>
      <circle cx="12" cy="12" r="9" />
      <path d="M8 12.5l2.5 2.5L16 9.5" />
    </Icon>
  );
}

/** A warning triangle: the server refused it, the member must act. */
export function NeedsAttentionIcon() {
  return (
    <Icon>
      <path d="M12 3L2 20h20z" />
      <path d="M12 10v4M12 17.5v.01" />
    </Icon>
  );
}
