import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CartaDatabase } from '../../src/db/database';
import type { FetchLike } from '../../src/sync/groupApi';
import { groupServerStandIn } from './groupServerStandIn';
import { renderApp } from './renderApp';
import { joinedGroup } from './groupMembership';

afterEach(() => {
  vi.unstubAllGlobals();
});

async function joinAs(database: CartaDatabase, role: 'member' | 'coordinator') {
  await database.group.put(joinedGroup({ groupName: 'Carta group', role }));
}

/** The server's answer to PATCH /api/v1/group, and what the coordinator's phone sent it. */
function renamingServer(answer: (name: unknown) => Response) {
  const sent: unknown[] = [];
  const fetch = vi.fn<FetchLike>(async (url, init) => {
    if (!url.endsWith('/api/v1/group') || init.method !== 'PATCH') {
      throw new TypeError('Failed to fetch');
    }
    const body = JSON.parse(String(init.body)) as { name: unknown };
    sent.push(body);
    return answer(body.name);
  });
  return { fetch, sent };
}

describe('the coordinator renaming the group', () => {
  it('gives the group its own name, which this phone shows at once', async () => {
    const server = renamingServer((name) =>
      Response.json({ group: { id: 'g1', name } }, { status: 200 }),
    );
    vi.stubGlobal('fetch', server.fetch);
    const { user, database } = await renderApp({ language: 'en', path: '/group' });
    await joinAs(database, 'coordinator');

    const section = await screen.findByRole(
      'region',
      { name: "The group's name" },
      { timeout: 4000 },
    );
    const input = within(section).getByLabelText('Name') as HTMLInputElement;
    expect(input.value).toBe('Carta group');
    await user.clear(input);
    await user.type(input, '  Amnesty International Sutton ');
    await user.click(within(section).getByRole('button', { name: 'Save the name' }));

    expect(
      await within(section).findByText(
        'The group is now called “Amnesty International Sutton”. Phones show the new name after their next sync.',
      ),
    ).toBeTruthy();
    expect(server.sent).toEqual([{ name: 'Amnesty International Sutton' }]);
    expect((await database.group.get('current'))?.groupName).toBe('Amnesty International Sutton');
    expect(
      await screen.findByText(
        'Everything the coordinator of Amnesty International Sutton looks after, in one place.',
      ),
    ).toBeTruthy();
  });

  it('says in Spanish what is wrong, and keeps what was typed, when the name is blank or refused', async () => {
    const server = renamingServer(() =>
      Response.json(
        { error: { code: 'invalid_request', message: 'Not a group name (1 to 80 characters)' } },
        { status: 400 },
      ),
    );
    vi.stubGlobal('fetch', server.fetch);
    const { user, database } = await renderApp({ language: 'es', path: '/group' });
    await joinAs(database, 'coordinator');

    const section = await screen.findByRole(
      'region',
      { name: 'Nombre del grupo' },
      { timeout: 4000 },
    );
    expect(
      screen.getByText(
        'Todo lo que lleva la coordinación del grupo «Carta group», en un solo lugar.',
      ),
    ).toBeTruthy();
    const input = within(section).getByLabelText('Nombre') as HTMLInputElement;
    await user.clear(input);
    await user.type(input, '   ');
    await user.click(within(section).getByRole('button', { name: 'Guardar el nombre' }));

    expect((await within(section).findByRole('alert')).textContent).toBe(
      'Escriba el nombre del grupo.',
    );
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(server.sent).toEqual([]);

    await user.type(input, 'Amnistía Sutton');
    await user.click(within(section).getByRole('button', { name: 'Guardar el nombre' }));

    expect(
      await within(section).findByText(/Not a group name \(1 to 80 characters\)/),
    ).toBeTruthy();
    expect(input.value).toBe('   Amnistía Sutton');
    expect((await database.group.get('current'))?.groupName).toBe('Carta group');
  });
});

describe("a member's phone", () => {
  it('takes the new name from its next sync, and says it in Spanish as el grupo «…»', async () => {
    const server = groupServerStandIn();
    const { user, database, sync } = await renderApp({ language: 'es', path: '/settings' });
    await joinAs(database, 'member');
    sync.start({ fetch: server.fetch });
    const section = await screen.findByRole('region', { name: 'Su grupo' }, { timeout: 4000 });
    expect(await within(section).findByText('Carta group')).toBeTruthy();

    server.renameGroup('Amnistía Internacional Sutton');
    await sync.requestSync({ force: true });

    expect(await within(section).findByText('Amnistía Internacional Sutton')).toBeTruthy();
    await user.click(within(section).getByRole('button', { name: 'Salir de este grupo' }));
    await waitFor(() =>
      expect(
        within(section).getByText(
          '¿Salir del grupo «Amnistía Internacional Sutton»? Este teléfono dejará de enviarle informes.',
        ),
      ).toBeTruthy(),
    );
  });
});
