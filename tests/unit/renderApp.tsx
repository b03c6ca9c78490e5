import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { onTestFinished } from 'vitest';
import { memoryLocation } from 'wouter/memory-location';
import { App } from '../../src/app/App';
import { createI18n } from '../../src/app/i18n';
import { bundledCases } from '../../src/content/bundledCases';
import { loadBundledCases } from '../../src/db/loadBundledCases';
import { CartaDatabase } from '../../src/db/database';
import type { Case } from '../../src/domain/case';
import type { Language } from '../../src/domain/language';
import { AppSync } from '../../src/sync/appSync';
import { dismissWelcome } from '../../src/features/welcome';

export interface RenderAppOptions {
  /** The address the member opened. */
  path?: string;
  /** Start in this language; leave it out to let the app detect one as on a first visit. */
  language?: Language;
  cases?: readonly Case[];
  /**
   * `new`: a newcomer's phone, which shows the welcome; `as left`: whatever an earlier render in
   * this test left. Every other story starts past the welcome.
   */
  welcome?: 'new' | 'dismissed' | 'as left';
}

/** The whole app as a member meets it, on a fresh database of its own. */
export async function renderApp({
  path = '/',
  language,
  cases = bundledCases,
  welcome = 'dismissed',
}: RenderAppOptions = {}) {
  if (welcome === 'new') localStorage.removeItem('carta.welcome');
  if (welcome === 'dismissed') dismissWelcome();
  const database = new CartaDatabase(`test-${crypto.randomUUID()}`);
  await loadBundledCases(database, cases);
  const i18n = await createI18n(language ? { language } : {});
  const location = memoryLocation({ path, record: true });
  const user = userEvent.setup();
  // Not started: a story that delivers records starts it against its stand-in server.
  const sync = new AppSync(database);
  onTestFinished(() => sync.stop());
  const view = render(
    <App
      database={database}
      i18n={i18n}
      sync={sync}
      locationHook={location.hook}
      searchHook={location.searchHook}
    />,
  );
  return { ...view, database, i18n, location, user, sync };
}
