/** How long a screen may take to show its heading (lazy code, an IndexedDB read) before giving up. */
const HEADING_WAIT_MS = 3_000;

/**
 * After a client-side navigation focus stays on the tapped link and a screen reader hears nothing
 * change. Moving focus to the new screen's heading says where the member is and reads on from
 * there. Screens arrive asynchronously, so this waits for the heading to appear; the region itself
 * is the fallback. Returns a function that stops waiting.
 */
export function focusScreenHeading(region: HTMLElement): () => void {
  const focusHeading = (): boolean => {
    const heading = region.querySelector<HTMLElement>('h1');
    if (!heading) return false;
    // Only for this move: headings are not stops of the Tab order.
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
    return true;
  };
  if (focusHeading()) return () => {};
  const observer = new MutationObserver(() => {
    if (focusHeading()) stop();
  });
  const timer = setTimeout(() => {
    stop();
    region.focus({ preventScroll: true });
  }, HEADING_WAIT_MS);
  function stop() {
    observer.disconnect();
    clearTimeout(timer);
  }
  observer.observe(region, { childList: true, subtree: true });
  return stop;
}
