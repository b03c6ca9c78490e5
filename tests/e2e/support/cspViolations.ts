import type { Page } from '@playwright/test';

/** Every Content-Security-Policy complaint the page makes, from the console and the DOM event. */
export function collectCspViolations(page: Page): string[] {
  const found: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) found.push(message.text());
  });
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Content Security Policy: ${event.violatedDirective} (${event.blockedURI})`);
    });
  });
  return found;
}
