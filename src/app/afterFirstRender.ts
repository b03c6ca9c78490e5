/**
 * Runs work the first screen does not need once the browser is idle after it: on a cheap phone
 * every task run before the first render pushes the member's first sight of a case back. The
 * timeout bounds the wait on a phone that is never idle.
 */
export function afterFirstRender(task: () => void): void {
  setTimeout(() => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 1_000 });
    else setTimeout(task, 200);
  }, 0);
}
