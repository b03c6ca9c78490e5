import { startTransition, useEffect, useState } from 'react';

/**
 * A hidden tab paints nothing and runs no animation frames; the work must not wait for ever on a
 * phone that opened the app in the background.
 */
const HIDDEN_TAB_WAIT_MS = 1_000;

let painted = false;
let scheduled = false;
/** Set by the app's start: the watch begins once its first screen is committed, not before. */
let heldUntilFirstCommit = false;
const waiting = new Set<() => void>();

function markPainted(): void {
  if (painted) return;
  painted = true;
  for (const wake of [...waiting]) wake();
  waiting.clear();
}

/**
 * Notices the first frame painted after this call: an animation frame runs just before the
 * browser paints, and a task queued from it runs once the paint is done.
 */
function watchForFirstPaint(): void {
  if (scheduled || heldUntilFirstCommit) return;
  scheduled = true;
  if (typeof requestAnimationFrame === 'function') {
    requestAnimationFrame(() => setTimeout(markPainted, 0));
  }
  setTimeout(markPainted, HIDDEN_TAB_WAIT_MS);
}

/**
 * Runs `task` when the browser is idle, or after `timeout` ms on a phone that never is. Safari has
 * no requestIdleCallback: there it waits a fifth of the timeout.
 */
export function whenIdle(task: () => void, timeout: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout });
  else setTimeout(task, timeout / 5);
}

/**
 * Runs work the first screen does not show once that screen is on the glass, and then when the
 * browser is idle. On a cheap phone every download and every task started before the first paint
 * pushes the member's first sight of a case back; the idle wait is bounded for a phone that is
 * never idle.
 */
export function afterFirstPaint(task: () => void): void {
  const runWhenIdle = () => whenIdle(task, 1_000);
  if (painted) {
    runWhenIdle();
    return;
  }
  waiting.add(runWhenIdle);
  watchForFirstPaint();
}

/**
 * False until the app's first screen has been painted, true ever after: a part of a screen
 * below the first glance renders (and downloads its code) after it rather than delaying it. Later
 * screens get true at once. The part arrives as a transition, which React renders in slices that
 * leave the phone free to answer a tap in between.
 */
export function useAfterFirstPaint(): boolean {
  const [shown, setShown] = useState(painted);
  useEffect(() => {
    if (shown) return;
    const show = () => startTransition(() => setShown(true));
    if (painted) {
      show();
      return;
    }
    waiting.add(show);
    watchForFirstPaint();
    return () => {
      waiting.delete(show);
    };
  }, [shown]);
  return shown;
}

/**
 * Called by the app's start before its first render, which React does in a later task: a frame
 * painted before then shows only index.html's frame, and must not count as the first screen's.
 */
export function holdFirstPaintWatchUntilCommit(): void {
  heldUntilFirstCommit = true;
}

/** Rendered beside the app: starts the watch once the first screen is committed to the page. */
export function FirstPaintWatch(): null {
  useEffect(() => {
    heldUntilFirstCommit = false;
    watchForFirstPaint();
  }, []);
  return null;
}
