import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { bundledCases } from '../../src/content/bundledCases';
import type { CartaDatabase } from '../../src/db/database';
import { loadBundledCases } from '../../src/db/loadBundledCases';
import type { Case } from '../../src/domain/case';
import { createGroupKeyPair, type GroupKeyPair } from '../../src/domain/signupSealing';
import type { FetchLike } from '../../src/sync/groupApi';
import { queueActionReport } from '../../src/sync/queueActionReport';
import { runSync } from '../../src/sync/syncEngine';
import { ana, saveAnasDetails } from './lettersStory';
import { renderApp } from './renderApp';
import { joinedGroup } from './groupMembership';

const ua = bundledCases.find((c) => c.id === 'ua-105-22')!;

const released: Case = {
  ...ua,
  id: 'ua-90-22',
  reference: { en: 'UA 90.22', es: 'AU 90/22' },
  title: { en: 'Peru: student leader released', es: 'Perú: liberado un dirigente estudiantil' },
  status: 'closed',
  closedOn: '2023-03-20',
  outcome: {
    en: 'Released without charge on 20 March.',
    es: 'Liberado sin cargos el 20 de marzo.',
  },
};

/** UA 105.22 as the group republished it: withdrawn, because it went out by mistake. */
const withdrawnUa: Case = {
  ...ua,
  status: 'withdrawn',
  version: ua.version + 1,
  updatedAt: '2026-11-25T10:00:00.000Z',
};

async function joinAsMember(database: CartaDatabase, key: GroupKeyPair | null = null) {
  await database.group.put(
    joinedGroup({ publicKey: key?.publicKeySpki ?? null, publicKeyId: key?.keyId ?? null }),
  );
}

/** The group's server, answering every sync with these cases and storing whatever is pushed. */
function serverPublishing(cases: readonly Case[]): FetchLike {
  return async (_url, init) => {
    const { push } = JSON.parse(String(init.body)) as { push: { id: string }[] };
    return Response.json({
      results: push.map((item) => ({ id: item.id, status: 'stored' })),
      cases,
      totals: {},
      cursor: 'after-withdrawal',
    });
  };
}

async function syncWith(database: CartaDatabase, cases: readonly Case[]) {
  await act(async () => {
    const result = await runSync({ database, fetch: serverPublishing(cases) }, { force: true });
    expect(result.outcome).toBe('synced');
  });
}

describe('a closed case', () => {
  it('says how it ended, still lets the member write with a warning, and still takes reports', async () => {
    const { user, database } = await renderApp({
      language: 'en',
      path: '/cases/ua-90-22',
      cases: [released],
    });
    await saveAnasDetails(database);

    expect(await screen.findByRole('heading', { level: 1, name: released.title.en })).toBeTruthy();
    expect(screen.getByText('Case closed on 20 March 2023')).toBeTruthy();
    expect(screen.getByText('Released without charge on 20 March.')).toBeTruthy();
    // Not the deadline's warning: the case is over, not late.
    expect(screen.queryByText(/Deadline passed/)).toBeNull();

    const write = screen.getByRole('link', { name: 'Write a letter' });
    const warning = document.getElementById(write.getAttribute('aria-describedby') ?? '');
    expect(warning?.textContent).toBe(
      'This case is closed: a letter may no longer help. Check with your section office before sending one.',
    );
    // The report form arrives just after the page it sits at the foot of.
    expect(await screen.findByRole('button', { name: 'Save report' })).toBeTruthy();

    await user.click(write);
    expect(await screen.findByRole('heading', { level: 1, name: 'Write a letter' })).toBeTruthy();
    expect(
      screen.getByText(
        'The group closed this case on 20 March 2023. A letter may no longer help: check with your section office before sending it.',
      ),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Start writing' }));
    expect(await screen.findByRole('textbox', { name: 'Letter' })).toBeTruthy();
    const [draft] = await database.drafts.toArray();
    expect(draft?.sender.name).toBe(ana.name);
  });

  it('reads the same in Spanish', async () => {
    await renderApp({ language: 'es', path: '/cases/ua-90-22', cases: [released] });

    expect(await screen.findByText('Caso cerrado el 20 de marzo de 2023')).toBeTruthy();
    expect(screen.getByText('Liberado sin cargos el 20 de marzo.')).toBeTruthy();
    expect(
      screen.getByText(
        'Este caso está cerrado: puede que una carta ya no sirva de nada. Consulte con la oficina de su sección antes de enviarla.',
      ),
    ).toBeTruthy();
  });
});

describe('a stall for a closed petition', () => {
  const petition = bundledCases.find((c) => c.id === 'peru-repression-petition')!;
  const closedPetition: Case = {
    ...petition,
    version: petition.version + 1,
    updatedAt: '2026-11-30T18:00:00.000Z',
    status: 'closed',
    closedOn: '2026-11-30',
    outcome: { en: 'Handed in on 30 November.', es: 'Entregada el 30 de noviembre.' },
  };

  it('is not offered: the group no longer collects names for it', async () => {
    const { database } = await renderApp({ language: 'en', path: '/stall' });
    await joinAsMember(database, await createGroupKeyPair());
    await syncWith(database, [closedPetition]);

    expect(await screen.findByRole('radio', { name: new RegExp(ua.title.en) })).toBeTruthy();
    await waitFor(() =>
      expect(screen.queryByRole('radio', { name: new RegExp(closedPetition.title.en) })).toBeNull(),
    );
  });

  it('says so when no open case is left, in Spanish too', async () => {
    const closedUas = bundledCases
      .filter((c) => c.id !== closedPetition.id)
      .map((c) => ({
        ...c,
        version: c.version + 1,
        updatedAt: '2026-11-30T18:00:00.000Z',
        status: 'closed' as const,
        closedOn: '2026-11-30',
        outcome: c.title,
      }));
    const { database } = await renderApp({ language: 'es', path: '/stall' });
    await joinAsMember(database, await createGroupKeyPair());
    await syncWith(database, [closedPetition, ...closedUas]);

    expect(
      await screen.findByText(/^No hay ninguna petición ni caso abierto para recoger firmas\./),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Empezar y abrir el quiosco' })).toBeNull();
  });
});

describe('a case the group withdrew', () => {
  it('leaves a phone that holds nothing on it, and its bundled copy does not come back', async () => {
    const { database } = await renderApp({ language: 'en' });
    await joinAsMember(database);
    await screen.findByRole('link', { name: ua.title.en });
    await database.caseReads.put({ caseId: ua.id, seenUpdateOn: null, openedAt: ua.updatedAt });

    await syncWith(database, [withdrawnUa]);

    await waitFor(() => expect(screen.queryByRole('link', { name: ua.title.en })).toBeNull());
    expect(await database.cases.get(ua.id)).toBeUndefined();
    expect(await database.caseReads.get(ua.id)).toBeUndefined();
    // The app starts again: its bundle still holds version 1 of the case.
    await loadBundledCases(database, bundledCases);
    expect(await database.cases.get(ua.id)).toBeUndefined();
    expect(await database.cases.count()).toBe(bundledCases.length - 1);
  });

  it('stays, read only, while the member has a letter on it, and goes once the letter is deleted', async () => {
    const { user, database } = await renderApp({ language: 'en', path: '/cases/ua-105-22' });
    await joinAsMember(database);
    await saveAnasDetails(database);
    await user.click(await screen.findByRole('link', { name: 'Write a letter' }));
    await user.click(await screen.findByRole('button', { name: 'Start writing' }));
    await screen.findByRole('textbox', { name: 'Letter' });

    await syncWith(database, [withdrawnUa]);

    expect(
      await screen.findByText(
        'The group withdrew this case. Do not send this letter without checking with your section office first.',
      ),
    ).toBeTruthy();
    await user.click(screen.getByRole('link', { name: `About: ${ua.title.en}` }));
    expect(await screen.findByText('The group withdrew this case.')).toBeTruthy();
    expect(
      screen.getByText(
        'It stays on this phone because you have letters or reports on it. You can read it, but you can no longer write or report on it.',
      ),
    ).toBeTruthy();
    expect(screen.getByText(ua.background.en[0]!)).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Report what you did' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Write a letter' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Save report' })).toBeNull();
    // Not in the list.
    await user.click(screen.getByRole('link', { name: 'All cases' }));
    await screen.findByRole('heading', { level: 2, name: 'Open cases' });
    expect(screen.queryByRole('link', { name: ua.title.en })).toBeNull();

    await database.drafts.clear();
    await syncWith(database, []);
    expect(await database.cases.get(ua.id)).toBeUndefined();
  });

  it('stays while a report on it is on the phone, and the member still sees that report', async () => {
    const { database } = await renderApp({ language: 'en', path: '/cases/ua-105-22' });
    await joinAsMember(database);
    await queueActionReport(database, {
      caseId: ua.id,
      actions: { letter: 2 },
      occurredOn: '2026-11-20',
    });

    // The report is delivered in the same sync that brings the withdrawal; it stays as history.
    await syncWith(database, [withdrawnUa]);

    expect(await screen.findByText('The group withdrew this case.')).toBeTruthy();
    const own = screen.getByRole('heading', { name: 'Your reports' }).parentElement!;
    expect(within(own).getByText(/^2 letters on /)).toBeTruthy();
    expect((await database.cases.get(ua.id))?.status).toBe('withdrawn');
  });

  it('is not offered when starting a stall', async () => {
    const { database } = await renderApp({ language: 'en', path: '/stall' });
    await database.drafts.put({
      id: 'a0c1d2e3-0000-4000-8000-000000000001',
      caseId: ua.id,
      targetId: ua.targets[0]!.id,
      language: 'es',
      channel: null,
      subject: 'Juliaca',
      body: 'Señora Presidenta:',
      ownParagraph: '',
      sender: ana,
      createdAt: '2026-11-20T09:00:00.000Z',
      updatedAt: '2026-11-20T09:00:00.000Z',
      sentAt: null,
    });
    await joinAsMember(database, await createGroupKeyPair());
    await syncWith(database, [withdrawnUa]);

    const petition = bundledCases.find((c) => c.id === 'peru-repression-petition')!;
    expect(await screen.findByRole('radio', { name: petition.title.en })).toBeTruthy();
    expect(screen.getAllByRole('radio')).toHaveLength(bundledCases.length - 1);
    expect(screen.queryByRole('radio', { name: new RegExp(ua.title.en) })).toBeNull();
  });
});
