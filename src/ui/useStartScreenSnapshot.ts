import { useEffect, type RefObject } from 'react';
import { afterFirstPaint } from './afterFirstPaint';

/**
 * Keeps a copy of `screen` as what a later start at this address shows before the app's code has
 * run (src/domain/startScreenCopy.ts), while it is on the glass and `ready`, and drops it when the
 * screen goes: a start never shows a screen the member left for another (a case they have since
 * read, an open kiosk). A closed tab or app keeps it, since nothing unmounts then. The copying
 * code comes after the first paint; nothing is copied before it anyway.
 */
export function useStartScreenSnapshot(
  screen: RefObject<HTMLElement | null>,
  ready: boolean,
): void {
  useEffect(() => {
    // In development the entry's address stays the same while the code changes under it.
    if (!ready || import.meta.env.DEV) return;
    // Null once the screen has gone, so a copy never starts after it.
    let stop: (() => void) | null | undefined;
    afterFirstPaint(() => {
      void import('./startScreenSnapshot').then((snapshot) => {
        if (stop === undefined && screen.current) stop = snapshot.keepAsStartScreen(screen.current);
      });
    });
    return () => {
      stop?.();
      stop = null;
    };
  }, [screen, ready]);
}
