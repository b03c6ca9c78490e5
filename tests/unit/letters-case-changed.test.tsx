import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { bundledCases } from '../../src/content/bundledCases';
import { caseBasisOf, caseChangesSince } from '../../src/db/caseBasis';
import type { CartaDatabase } from '../../src/db/database';
import { caseSchema, type Case } from '../../src/domain/case';
import type { FetchLike } from '../../src/sync/groupApi';
import { runSync } from '../../src/sync/syncEngine';
import { ES, field, saveAnasDetails, startLetterFromCase } from './lettersStory';
import { renderApp } from './renderApp';
import { joinedGroup } from './groupMembership';

vi.setConfig({ testTimeout: 20_000 });

const ua = bundledCases.find((c) => c.id === 'ua-105-22')!;
const added = 'Mi grupo sigue el caso con atención.';

async function joinAsMember(database: CartaDatabase) {
  await database.group.put(joinedGroup());
}

/** The group republishes UA 105.22 with these changes, and the phone syncs. */
async function groupPublishes(database: CartaDatabase, changes: Partial<Case>) {
  const published = caseSchema.parse({
    ...ua,
    ...changes,
    version: ua.version + 1,
    updatedAt: '2026-11-25T10:00:00.000Z',
  });
  const fetch: FetchLike = async () =>
    Response.json({ results: [], cases: [published], totals: {}, cursor: 'v2' });
  await act(async () => {
    expect((await runSync({ database, fetch }, { force: true })).outcome).toBe('synced');
  });
}

/** A member who started the letter to the President and added a sentence of their own. */
async function memberWithALetter(language: 'en' | 'es') {
  const app = await renderApp({ language, path: '/cases/ua-105-22' });
  await joinAsMember(app.database);
  await saveAnasDetails(app.database);
  await startLetterFromCase(app.user, language === 'es' ? ES : undefined);
  const own = await screen.findByRole('textbox', {
    name: language === 'es' ? 'Su propio párrafo (opcional)' : 'Your own paragraph (optional)',
  });
  await app.user.type(own, added);
  const [draft] = await app.database.drafts.toArray();
  await waitFor(async () =>
    expect((await app.database.drafts.get(draft!.id))?.ownParagraph).toBe(added),
  );
  return { ...app, draftId: draft!.id };
}

const extendedAndNewEmail: Partial<Case> = {
  deadline: '2023-04-30',
  targets: ua.targets.map((target, i) =>
    i === 0 ? { ...target, email: 'despacho@presidencia.gob.pe' } : target,
  ),
};

describe('a letter whose case the group changed', () => {
  it('says the deadline and the people to write to changed, and keeps every word of the letter', async () => {
    const { database, draftId } = await memberWithALetter('en');
    const before = (await database.drafts.get(draftId))!;
    expect(before.caseBasis).toMatchObject({
      version: ua.version,
      deadline: '2023-03-07',
      status: 'open',
    });
    expect(screen.queryByText(/The group changed this case/)).toBeNull();

    await groupPublishes(database, extendedAndNewEmail);

    expect(
      await screen.findByText(
        'The group changed this case since you started: the deadline and the people to write to.',
      ),
    ).toBeTruthy();
    expect(
      screen.getByText(
        'Your letter is as you left it. Read the case again and check your letter before you send it.',
      ),
    ).toBeTruthy();
    const after = (await database.drafts.get(draftId))!;
    expect(after.body).toBe(before.body);
    expect(after.subject).toBe(before.subject);
    expect(after.ownParagraph).toBe(added);
    expect(field('Letter').value).toBe(before.body);
  });

  it('tells a Spanish-speaking member that the case was closed', async () => {
    const { database } = await memberWithALetter('es');

    await groupPublishes(database, {
      status: 'closed',
      closedOn: '2023-05-03',
      outcome: { en: 'The inquiry opened.', es: 'Se abrió la investigación.' },
    });

    expect(
      await screen.findByText(
        'El grupo ha cambiado este caso desde que empezó a escribir: su estado.',
      ),
    ).toBeTruthy();
    expect(
      screen.getByText(
        'El grupo cerró este caso el 3 de mayo de 2023. Puede que una carta ya no sirva de nada: consulte con la oficina de su sección antes de enviarla.',
      ),
    ).toBeTruthy();
  });

  it('says nothing when the group only added an update', async () => {
    const { database } = await memberWithALetter('en');

    await groupPublishes(database, {
      updates: [
        {
          date: '2023-03-01',
          title: { en: 'Inquiry opened', es: 'Se abre la investigación' },
          text: {
            en: 'The prosecutor opened an inquiry.',
            es: 'La fiscalía abrió una investigación.',
          },
        },
      ],
    });

    await waitFor(async () =>
      expect((await database.cases.get(ua.id))?.version).toBe(ua.version + 1),
    );
    expect(screen.queryByText(/The group changed this case/)).toBeNull();
  });
});

describe('what a draft remembers of its case', () => {
  it('sees no change in targets that only list their fields in another order', () => {
    // The bundled file and the server's parsed copy write a target's fields in different orders.
    const reordered = ua.targets.map(
      (target) => Object.fromEntries(Object.entries(target).reverse()) as typeof target,
    );
    const basis = { ...caseBasisOf(ua), targets: JSON.stringify(reordered) };
    const republished = { ...ua, version: ua.version + 1 };

    expect(caseChangesSince(basis, republished)).toEqual([]);
    expect(caseChangesSince(basis, { ...republished, deadline: undefined })).toEqual(['deadline']);
  });
});
