import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { DatabaseProvider } from '../../src/ui/DatabaseContext';
import { createI18n } from '../../src/app/i18n';
import { bundledCases } from '../../src/content/bundledCases';
import { loadBundledCases } from '../../src/db/loadBundledCases';
import { CartaDatabase } from '../../src/db/database';
import type { Case, Target } from '../../src/domain/case';
import type { Language } from '../../src/domain/language';
import type { Draft } from '../../src/db/rows';
import type { SenderDetails } from '../../src/domain/appeal';
import { newDraft } from '../../src/features/letters/createDrafts';

export const ua = bundledCases.find((c) => c.id === 'ua-105-22')!;

export function targetOf(theCase: Case, id: string): Target {
  const target = theCase.targets.find((t) => t.id === id);
  if (!target) throw new Error(`no target ${id} in ${theCase.id}`);
  return target;
}

export const anaPerez: SenderDetails = {
  name: 'Ana Pérez',
  address: '12 High Street, Sutton Coldfield',
  postcode: '',
  email: 'ana@example.org',
};

/** A draft as the composer leaves it: the case's sample letter, filled in for one target. */
export function draftFor(
  target: Target,
  language: Language,
  changes: Partial<Draft> = {},
  theCase: Case = ua,
): Draft {
  // Built the way the composer builds it, at a fixed time, so print dates are predictable.
  return {
    ...newDraft(theCase, target, language, anaPerez, new Date('2026-11-26T09:00:00.000Z')),
    ...changes,
  };
}

/** One screen of the app on a fresh database holding the bundled cases and the given drafts. */
export async function renderWithApp(
  ui: ReactNode,
  {
    uiLanguage,
    drafts = [],
    path = '/',
  }: { uiLanguage: Language; drafts?: Draft[]; path?: string },
) {
  const database = new CartaDatabase(`test-${crypto.randomUUID()}`);
  await loadBundledCases(database, bundledCases);
  await database.drafts.bulkAdd(drafts);
  const i18n = await createI18n({ language: uiLanguage });
  const location = memoryLocation({ path, record: true });
  const user = userEvent.setup();
  const view = render(
    <I18nextProvider i18n={i18n}>
      <DatabaseProvider database={database}>
        <Router hook={location.hook}>
          <Suspense fallback={<p>loading</p>}>{ui}</Suspense>
        </Router>
      </DatabaseProvider>
    </I18nextProvider>,
  );
  return { ...view, database, i18n, location, user };
}
