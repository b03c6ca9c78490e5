import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CartaDatabase } from '../../src/db/database';
import { makeUndeliveredFile, type UndeliveredItem } from '../../src/domain/undeliveredFile';
import { renderApp } from './renderApp';
import { joinedGroup } from './groupMembership';

// The first screen of a file is slow to appear in jsdom, and the coordinator area is lazy.
vi.setConfig({ testTimeout: 20_000 });

const UA = 'ua-105-22';
const PETITION = 'peru-repression-petition';

async function joinAsCoordinator(database: CartaDatabase) {
  await database.group.put(
    joinedGroup({
      deviceId: 'coordinator-laptop',
      token: 'coordinator-token',
      role: 'coordinator',
    }),
  );
}

function report(caseId: string, letters: number): UndeliveredItem {
  return {
    id: crypto.randomUUID(),
    type: 'action-report',
    createdAt: '2026-11-22T09:30:00.000Z',
    data: { caseId, actions: { letter: letters }, occurredOn: '2026-11-22' },
  };
}

function signUp(caseId: string): UndeliveredItem {
  return {
    id: crypto.randomUUID(),
    type: 'sign-up',
    createdAt: '2026-11-22T11:00:00.000Z',
    data: {
      caseId,
      stallSessionId: crypto.randomUUID(),
      consent: { petition: true, updates: false, textVersion: 'x', language: 'es' },
      sealed: { alg: 'x', keyId: 'old-key', wrappedKey: 'd3JhcA', iv: 'aXY', ciphertext: 'Yw' },
    },
  };
}

function savedFile(items: UndeliveredItem[], groupId = 'g1'): File {
  const file = makeUndeliveredFile({
    items,
    exportedAt: new Date('2026-12-06T18:45:00Z'),
    deviceName: 'Stall phone 2',
    groupId,
  });
  return new File([JSON.stringify(file)], 'carta-undelivered-2026-12-06.json', {
    type: 'application/json',
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the coordinator delivering a file from a phone', () => {
  it('checks the file, shows what it holds, delivers it and says what the server did with each record', async () => {
    const first = report(UA, 2);
    const alreadyIn = report(UA, 1);
    const staleSignUp = signUp(PETITION);
    const requests: Array<{ url: string; authorization: string | null; body: unknown }> = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init: RequestInit) => {
        requests.push({
          url,
          authorization: new Headers(init.headers).get('Authorization'),
          body: JSON.parse(String(init.body)),
        });
        return Response.json({
          results: [
            { id: first.id, status: 'stored' },
            { id: alreadyIn.id, status: 'duplicate' },
            {
              id: staleSignUp.id,
              status: 'rejected',
              error: { code: 'unknown_key', message: 'sealed to another key' },
            },
          ],
        });
      }),
    );
    const { user, database } = await renderApp({ language: 'en', path: '/group' });
    await joinAsCoordinator(database);

    await user.click(
      await screen.findByRole('link', { name: 'Deliver a file from a phone' }, { timeout: 4000 }),
    );
    const input = await screen.findByLabelText('File from the phone');

    // A file cut short: said so, and nothing is sent.
    await user.upload(
      input,
      new File(['{"format":"carta-undel'], 'carta-undelivered-2026-12-06.json'),
    );
    const problem = await screen.findByRole('alert');
    expect(within(problem).getByText(/cannot be read/)).toBeTruthy();
    expect(
      within(problem).getByText(
        'Nothing was sent, and nothing is lost: the records are still on the phone.',
      ),
    ).toBeTruthy();

    // A file from another group's phone is refused before anything is sent.
    await user.upload(input, savedFile([first], 'another-group'));
    expect(await screen.findByText(/was saved on a phone of another group/)).toBeTruthy();
    expect(requests).toEqual([]);

    await user.upload(input, savedFile([first, alreadyIn, staleSignUp]));
    const contents = await screen.findByRole('region', { name: 'What the file holds' });
    expect(within(contents).getByText(/^Saved on Stall phone 2, /)).toBeTruthy();
    expect(await within(contents).findByText(/^UA 105\.22 · .*: 2 reports$/)).toBeTruthy();
    expect(within(contents).getByText('1 sign-up, still sealed')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();

    await user.click(within(contents).getByRole('button', { name: 'Deliver 3 records' }));

    const result = await screen.findByRole('region', { name: 'What the server did' });
    expect(within(result).getByText('1 record stored now')).toBeTruthy();
    expect(
      within(result).getByText('1 record already delivered before, counted once'),
    ).toBeTruthy();
    expect(within(result).getByText('1 record refused')).toBeTruthy();
    const refusal = within(result)
      .getByText(/^Sign-up for /)
      .closest('li');
    expect(refusal?.textContent).toMatch(
      /: it was sealed to a key that is not the group's current key$/,
    );
    expect(requests).toEqual([
      {
        url: 'http://127.0.0.1:8787/api/v1/deliveries',
        authorization: 'Bearer coordinator-token',
        body: { items: [first, alreadyIn, staleSignUp] },
      },
    ]);
  });

  it('tells the coordinator, in Spanish, that a case file is not a file from a phone', async () => {
    const { user, database } = await renderApp({ language: 'es', path: '/group/deliver' });
    await joinAsCoordinator(database);
    const input = await screen.findByLabelText('Archivo del teléfono', {}, { timeout: 4000 });

    await user.upload(
      input,
      new File([JSON.stringify({ id: UA, kind: 'urgent-action' })], 'ua-105-22.json'),
    );

    expect(
      await screen.findByText(
        'ua-105-22.json no es un archivo de registros no entregados de un teléfono. Elija el archivo que el teléfono guardó desde Actividad.',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Entregar/ })).toBeNull();
  });
});
