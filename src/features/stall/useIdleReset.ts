import { useCallback, useEffect, useState } from 'react';

/** A half-filled kiosk form is cleared this long after its last keystroke or tap… */
export const KIOSK_IDLE_MS = 90_000;
/** …after a countdown of this long that the signer can stop with one tap. */
export const KIOSK_IDLE_COUNTDOWN_MS = 20_000;

/**
 * Clears a form a signer walked away from, as kiosk apps do, so the next passer-by never finds the
 * previous one's name and email on the screen. `touched` says whether the form holds anything;
 * `activity` restarts the wait. Returns the seconds left while the countdown shows, else null.
 */
export function useIdleReset({
  touched,
  onExpire,
  idleMs = KIOSK_IDLE_MS,
  countdownMs = KIOSK_IDLE_COUNTDOWN_MS,
}: {
  touched: boolean;
  onExpire: () => void;
  idleMs?: number;
  countdownMs?: number;
}): { secondsLeft: number | null; activity: () => void } {
  const [lastActivity, setLastActivity] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  const activity = useCallback(() => {
    const at = Date.now();
    setLastActivity(at);
    setNow(at);
  }, []);

  const idleFor = now - lastActivity;
  const counting = touched && idleFor >= idleMs;

  useEffect(() => {
    if (!touched) return;
    if (idleFor >= idleMs + countdownMs) {
      onExpire();
      return;
    }
    // Tick each second while counting down, otherwise wake once when the countdown should start.
    const wait = counting ? 1_000 - ((idleFor - idleMs) % 1_000) : idleMs - idleFor;
    const timer = setTimeout(() => setNow(Date.now()), wait);
    return () => clearTimeout(timer);
  }, [touched, counting, idleFor, lastActivity, idleMs, countdownMs, onExpire]);

  return {
    secondsLeft: counting ? Math.max(1, Math.ceil((idleMs + countdownMs - idleFor) / 1_000)) : null,
    activity,
  };
}
