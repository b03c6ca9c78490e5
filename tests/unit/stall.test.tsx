import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CartaDatabase } from '../../src/db/database';
import { createGroupKeyPair, type GroupKeyPair } from '../../src/domain/signupSealing';
import type { SignUpData } from '../../src/domain/syncProtocol';
import { runSync } from '../../src/sync/syncEngine';
import type { FetchLike } from '../../src/sync/groupApi';
import { renderApp } from './renderApp';
import { joinedGroup } from './groupMembership';

let pair: GroupKeyPair;

beforeAll(async () => {
  pair = await createGroupKeyPair();
});

async function joinWithKey(database: CartaDatabase, key: GroupKeyPair | null) {
  await database.group.put(
    joinedGroup({
      serverUrl: 'http://127.0.0.1:8080',
      publicKey: key?.publicKeySpki ?? null,
      publicKeyId: key?.keyId ?? null,
      role: 'member',
      contact: 'amnesty.sutton@example.org',
      signupRetentionDays: 90,
    }),
  );
}

async function everythingStored(database: CartaDatabase): Promise<string> {
  const tables = await Promise.all(database.tables.map((table) => table.toArray()));
  return JSON.stringify(tables);
}

describe('a street stall on a shared phone', () => {
  it('explains that the coordinator must create the group key before a stall can start', async () => {
    const { database } = await renderApp({ path: '/stall', language: 'en' });
    await joinWithKey(database, null);

    expect(await screen.findByText(/coordinator must create the group key first/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Start and open the kiosk' })).toBeNull();
  });

  it(
    'takes sign-ups one after another, forgets each signer, and only the PIN closes the kiosk',
    { timeout: 30_000 },
    async () => {
      const { database, user } = await renderApp({ path: '/stall', language: 'en' });
      await joinWithKey(database, pair);

      await user.type(await screen.findByLabelText('Where'), 'High Street, outside the library');
      await user.type(screen.getByLabelText('Volunteer PIN'), '4829');
      await user.type(screen.getByLabelText('PIN again'), '4829');
      await user.click(screen.getByRole('button', { name: 'Start and open the kiosk' }));

      const heading = await screen.findByRole('heading', { level: 1, name: 'Sign the petition' });
      expect(heading).toBeTruthy();
      expect(screen.queryByRole('navigation', { name: 'Main' })).toBeNull();
      expect(
        await screen.findByText(/read only by the coordinator of Sutton Coldfield group/),
      ).toBeTruthy();
      // The server's settings, as the last sync brought them: the period and whom to write to.
      expect(screen.getByText(/deletes your details 90 days after you sign/)).toBeTruthy();
      expect(screen.getByText(/contact the group at amnesty\.sutton@example\.org/)).toBeTruthy();

      // A signer who ticks nothing is told why, and keeps what they typed.
      await user.type(screen.getByLabelText('Your name'), 'Rosa Quispe');
      await user.type(screen.getByLabelText('Email address'), 'rosa@example.org');
      await user.click(screen.getByRole('button', { name: 'Sign' }));
      expect(await screen.findByText(/Tick at least one box/, { selector: 'li' })).toBeTruthy();
      expect((screen.getByLabelText('Your name') as HTMLInputElement).value).toBe('Rosa Quispe');

      await user.click(screen.getByRole('checkbox', { name: /I sign this petition/ }));
      await user.click(screen.getByRole('button', { name: 'Sign' }));
      expect(await screen.findByText(/Thank you! Your signature is saved/)).toBeTruthy();
      await waitFor(() =>
        expect((screen.getByLabelText('Your name') as HTMLInputElement).value).toBe(''),
      );
      expect((screen.getByLabelText('Email address') as HTMLInputElement).value).toBe('');
      expect(
        (screen.getByRole('checkbox', { name: /I sign this petition/ }) as HTMLInputElement)
          .checked,
      ).toBe(false);
      expect(
        (screen.getByRole('checkbox', { name: /Keep me informed/ }) as HTMLInputElement).checked,
      ).toBe(false);
      expect(document.body.textContent).not.toContain('Rosa');

      // The next signer reads it in Spanish and also joins the mailing list.
      await user.click(screen.getByRole('button', { name: 'Español' }));
      expect(
        await screen.findByRole('heading', { level: 1, name: 'Firme la petición' }),
      ).toBeTruthy();
      await user.type(screen.getByLabelText('Nombre y apellidos'), 'Ana Mamani');
      await user.type(screen.getByLabelText('Correo electrónico'), 'ana@example.org');
      await user.click(screen.getByRole('checkbox', { name: /Firmo esta petición/ }));
      await user.click(screen.getByRole('checkbox', { name: /Deseo recibir información/ }));
      await user.click(screen.getByRole('button', { name: 'Firmar' }));
      // Ana is thanked in her language; the form for whoever comes next is back in the kiosk's own.
      expect(await screen.findByText(/¡Gracias!/)).toBeTruthy();
      expect(
        await screen.findByRole('heading', { level: 1, name: 'Sign the petition' }),
      ).toBeTruthy();
      expect((screen.getByLabelText('Your name') as HTMLInputElement).value).toBe('');

      // Rosa comes back. Whoever types her address must not learn that she signed: she is
      // thanked and the form is emptied as for anyone, and nothing is saved twice.
      await user.click(screen.getByRole('button', { name: 'Español' }));
      await user.type(screen.getByLabelText('Nombre y apellidos'), 'Rosa Q.');
      await user.type(screen.getByLabelText('Correo electrónico'), ' ROSA@example.org');
      await user.click(screen.getByRole('checkbox', { name: /Firmo esta petición/ }));
      await user.click(screen.getByRole('button', { name: 'Firmar' }));
      await waitFor(() =>
        expect((screen.getByLabelText('Your name') as HTMLInputElement).value).toBe(''),
      );
      expect((screen.getByLabelText('Email address') as HTMLInputElement).value).toBe('');
      expect(screen.getByRole('status').textContent).toBe(
        '¡Gracias! Sus datos se han guardado. El formulario está listo para la siguiente persona.',
      );
      expect(screen.queryByRole('alert')).toBeNull();
      expect(document.body.textContent).not.toMatch(/ya ha firmado|Rosa/);

      const stored = await everythingStored(database);
      for (const personal of ['Rosa', 'rosa@example.org', 'Ana Mamani', 'ana@example.org']) {
        expect(stored).not.toContain(personal);
      }
      const signUps = (
        await database.outbox.where('[type+state]').equals(['sign-up', 'pending']).toArray()
      ).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
      expect(signUps.map((item) => (item.payload as SignUpData).consent)).toEqual([
        { petition: true, updates: false, textVersion: '2026-12-v2', language: 'en' },
        { petition: true, updates: true, textVersion: '2026-12-v2', language: 'es' },
      ]);

      // The volunteer's own language comes back for leaving; a wrong PIN keeps the kiosk open.
      await user.click(screen.getByRole('button', { name: 'Volunteer: leave the kiosk' }));
      await user.type(screen.getByLabelText('Volunteer PIN'), '1111');
      await user.click(screen.getByRole('button', { name: 'Leave the kiosk' }));
      expect(await screen.findByText('That PIN is not right. The kiosk stays open.')).toBeTruthy();
      expect(screen.getByRole('heading', { level: 1, name: 'Sign the petition' })).toBeTruthy();

      await user.type(screen.getByLabelText('Volunteer PIN'), '4829');
      await user.click(screen.getByRole('button', { name: 'Leave the kiosk' }));
      const session = await screen.findByRole('region', { name: 'This stall' });
      expect(within(session).getByText('Signed').nextElementSibling?.textContent).toBe('2');
      expect(
        within(session).getByText('Delivered to the group').nextElementSibling?.textContent,
      ).toBe('0');
      // Only the volunteer learns that someone signed twice, and not who.
      expect(
        within(session).getByText(
          '1 repeat sign-up was not counted twice: that email address had already signed at this stall.',
        ),
      ).toBeTruthy();
      expect(screen.getByRole('navigation', { name: 'Main' })).toBeTruthy();
    },
  );
});

describe('sign-ups reaching the server', () => {
  it('leave the phone once confirmed, counted as delivered on their stall, and bring the group key', async () => {
    const { database } = await renderApp({ path: '/stall', language: 'en' });
    await joinWithKey(database, null);
    const sessionId = '9c1d2e3f-0000-4000-8000-000000000001';
    await database.stallSessions.put({
      id: sessionId,
      caseId: 'peru-repression-petition',
      place: 'Market',
      startedAt: '2026-11-28T10:00:00.000Z',
      endedAt: null,
      signupCount: 2,
      deliveredCount: 0,
      pin: null,
      kioskOpen: false,
    });
    const signUp = (id: string) => ({
      id,
      type: 'sign-up' as const,
      payload: { caseId: 'peru-repression-petition', stallSessionId: sessionId },
      createdAt: '2026-11-28T10:05:00.000Z',
      state: 'pending' as const,
      attempts: 0,
      lastError: null,
      deliveredAt: null,
    });
    await database.outbox.bulkAdd([
      signUp('00000000-0000-4000-8000-000000000001'),
      signUp('00000000-0000-4000-8000-000000000002'),
    ]);
    const fetch: FetchLike = async (_url, init) => {
      const { push } = JSON.parse(String(init.body)) as { push: Array<{ id: string }> };
      return Response.json({
        results: push.map((item, index) => ({
          id: item.id,
          status: index === 0 ? 'stored' : 'duplicate',
        })),
        cases: [],
        totals: {},
        cursor: '1',
        group: { publicKey: pair.publicKeySpki, keyId: pair.keyId },
      });
    };

    const result = await runSync({ database, fetch });

    expect(result).toEqual({ outcome: 'synced', delivered: 2, rejected: 0 });
    expect(await database.outbox.count()).toBe(0);
    expect(await database.stallSessions.get(sessionId)).toMatchObject({
      signupCount: 2,
      deliveredCount: 2,
    });
    expect(await database.group.get('current')).toMatchObject({
      publicKey: pair.publicKeySpki,
      publicKeyId: pair.keyId,
    });
  });
});
