import type { Page } from '@playwright/test';

// In the page, as text: the bench runs this file through tsx, whose esbuild wraps named functions
// in `__name(...)` calls that do not exist in the page.
const SIGN_AND_TIME = `(label) => new Promise((resolve, reject) => {
  const button = Array.from(document.querySelectorAll('button')).find(
    (b) => b.textContent === label,
  );
  const oldInput = document.querySelector('.kiosk-field input');
  if (!button || !oldInput) {
    reject(new Error('No kiosk form on the page'));
    return;
  }
  const start = performance.now();
  button.click();
  const poll = () => {
    const input = document.querySelector('.kiosk-field input');
    if (input && input !== oldInput && input.value === '') {
      resolve(performance.now() - start);
      return;
    }
    if (performance.now() - start > 10000) reject(new Error('The form did not reset'));
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})`;

/**
 * Clicks Sign in the page and times how long until a fresh, empty form is on screen: what the
 * next passer-by waits for, the sign-up sealed and stored included (the form resets after that).
 */
export function signAndTimeEmptyForm(page: Page, signLabel: string): Promise<number> {
  return page.evaluate<number>(`(${SIGN_AND_TIME})(${JSON.stringify(signLabel)})`);
}
