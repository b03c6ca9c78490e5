import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { startCartaServer, type RunningServer } from './cartaServer';
import { waitForServiceWorkerControl } from './serviceWorker';

const JOIN_WORDS = {
  'en-GB': { deviceName: 'Name for this phone', join: 'Join group', joined: /^You joined / },
  'es-ES': {
    deviceName: 'Nombre de este teléfono',
    join: 'Unirse al grupo',
    joined: /^Se ha unido /,
  },
} as const;

export type JoinLocale = keyof typeof JOIN_WORDS;

export interface OwnGroupServer {
  /** The server's address; read it inside a test, once the server has started. */
  readonly origin: string;
  /** A new phone that joins the group with `code`, named `deviceName`, in its own language. */
  joinAs(
    browser: Browser,
    code: string,
    deviceName: string,
    options?: { locale?: JoinLocale; viewport?: { width: number; height: number } },
  ): Promise<{ context: BrowserContext; page: Page }>;
}

/**
 * A server for this spec file alone, with join codes it fixes, started before its stories and
 * stopped after them: for stories whose changes (a removed phone, a new key or name, a replaced
 * code) would reach every other story on the shared server.
 */
export function ownGroupServerForThisFile(
  port: number,
  codes: { member: string; coordinator: string },
): OwnGroupServer {
  let server: RunningServer | undefined;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    server = await startCartaServer({
      port,
      distDir: 'dist',
      env: { JOIN_CODE: codes.member, COORDINATOR_CODE: codes.coordinator },
    });
  });

  test.afterAll(async () => {
    await server?.stop();
  });

  const origin = () => {
    if (!server) throw new Error(`The server on port ${port} has not started`);
    return server.origin;
  };

  return {
    get origin() {
      return origin();
    },
    async joinAs(browser, code, deviceName, { locale = 'en-GB', viewport } = {}) {
      const context = await browser.newContext({
        baseURL: origin(),
        locale,
        ...(viewport ? { viewport } : {}),
      });
      const page = await context.newPage();
      await page.goto(`/join#code=${code}`);
      await waitForServiceWorkerControl(page);
      const words = JOIN_WORDS[locale];
      await page.getByLabel(words.deviceName).fill(deviceName);
      await page.getByRole('button', { name: words.join }).click();
      await expect(page.getByText(words.joined)).toBeVisible();
      return { context, page };
    },
  };
}
