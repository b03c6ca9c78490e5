import type { Channel } from '../../../domain/channels';

// The print view and the draft editor are different screens: a letter printed there is asked
// about again when the member comes back here, whichever way they come back (link or Back).
const STORAGE_KEY = 'carta.printedDraft';

interface PendingQuestion {
  draftId: string;
  channel: Channel;
}

export function rememberPrinted(draftId: string, channel: Channel): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ draftId, channel }));
  } catch {
    // Storage may be blocked; the print view asks the question itself anyway.
  }
}

export function forgetPrinted(): void {
  try {
    sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing was stored.
  }
}

/** The channel the draft was printed for, if the member has not yet said whether it went. */
export function printedAwaitingAnswer(draftId: string): Channel | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const pending = JSON.parse(raw) as PendingQuestion;
    return pending.draftId === draftId ? pending.channel : null;
  } catch {
    return null;
  }
}
