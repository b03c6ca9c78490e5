import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { queueActionReport } from '../../src/sync/queueActionReport';
import { groupServerStandIn, offline } from './groupServerStandIn';
import { renderApp } from './renderApp';
import { joinedGroup } from './groupMembership';

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

function groupSection() {
  return screen.getByRole('region', { name: 'Your group' });
}

describe('joining a group from Settings', () => {
  it('joins with the server address and code, and shows the group', async () => {
    const server = groupServerStandIn();
    vi.stubGlobal('fetch', server.fetch);
    const { user, database } = await renderApp({ language: 'en', path: '/settings' });
    const section = await screen.findByRole('region', { name: 'Your group' });

    // The form starts from the address this page came from; a member may type another.
    expect((within(section).getByLabelText('Server address') as HTMLInputElement).value).toBe(
      window.location.origin,
    );
    await user.clear(within(section).getByLabelText('Server address'));
    await user.type(within(section).getByLabelText('Server address'), 'http://127.0.0.1:8787/');
    await user.type(within(section).getByLabelText('Join code'), 'TEST-JOIN-CODE');
    await user.type(within(section).getByLabelText('Name for this phone'), "Ana's phone");
    await user.click(within(section).getByRole('button', { name: 'Join group' }));

    expect(
      await within(groupSection()).findByText('You joined Sutton Coldfield group.'),
    ).toBeTruthy();
    expect(await within(groupSection()).findByText('http://127.0.0.1:8787')).toBeTruthy();
    expect(await database.group.get('current')).toMatchObject({
      serverUrl: 'http://127.0.0.1:8787',
      groupName: 'Sutton Coldfield group',
    });
    const [url, init] = server.fetch.mock.calls[0] ?? [];
    expect(url).toBe('http://127.0.0.1:8787/api/v1/join');
    expect(JSON.parse(String(init?.body))).toEqual({
      code: 'TEST-JOIN-CODE',
      deviceName: "Ana's phone",
    });
  });

  it("shows the server's own message for a wrong code and keeps what was typed", async () => {
    vi.stubGlobal('fetch', groupServerStandIn().fetch);
    const { user, database } = await renderApp({ language: 'en', path: '/settings' });
    const section = await screen.findByRole('region', { name: 'Your group' });
    await user.clear(within(section).getByLabelText('Server address'));
    await user.type(within(section).getByLabelText('Server address'), 'http://127.0.0.1:8787');
    await user.type(within(section).getByLabelText('Join code'), 'WRONG-CODE');
    await user.type(within(section).getByLabelText('Name for this phone'), 'Stall phone');

    await user.click(within(section).getByRole('button', { name: 'Join group' }));

    expect((await within(section).findByRole('alert')).textContent).toBe(
      'The server did not let this phone join: This join code is not valid.',
    );
    expect((within(section).getByLabelText('Join code') as HTMLInputElement).value).toBe(
      'WRONG-CODE',
    );
    expect(await database.group.count()).toBe(0);
  });

  it('says clearly when the server cannot be reached', async () => {
    const server = groupServerStandIn();
    server.answerWith(offline);
    vi.stubGlobal('fetch', server.fetch);
    const { user } = await renderApp({ language: 'en', path: '/settings' });
    const section = await screen.findByRole('region', { name: 'Your group' });
    await user.clear(within(section).getByLabelText('Server address'));
    await user.type(within(section).getByLabelText('Server address'), 'carta.example.org');
    await user.type(within(section).getByLabelText('Join code'), 'TEST-JOIN-CODE');
    await user.type(within(section).getByLabelText('Name for this phone'), 'Stall phone');

    await user.click(within(section).getByRole('button', { name: 'Join group' }));

    expect((await within(section).findByRole('alert')).textContent).toBe(
      'Could not reach a Carta server at https://carta.example.org. Check the address and your connection, then try again.',
    );
  });

  it('names each missing field instead of asking the server', async () => {
    const server = groupServerStandIn();
    vi.stubGlobal('fetch', server.fetch);
    const { user } = await renderApp({ language: 'en', path: '/settings' });
    const section = await screen.findByRole('region', { name: 'Your group' });
    await user.clear(within(section).getByLabelText('Server address'));

    await user.click(within(section).getByRole('button', { name: 'Join group' }));

    expect(await within(section).findByText('Enter the server address.')).toBeTruthy();
    expect(within(section).getByText('Enter the join code.')).toBeTruthy();
    expect(within(section).getByText('Enter a name for this phone.')).toBeTruthy();
    expect(server.fetch).not.toHaveBeenCalled();
  });
});

describe('joining by link', () => {
  it('fills in this server and the code from the link, joins on confirmation, then forgets the code', async () => {
    const server = groupServerStandIn({ joinCode: 'LINK-CODE-123' });
    vi.stubGlobal('fetch', server.fetch);
    window.history.replaceState(null, '', '/join#code=LINK-CODE-123');
    const { user, database } = await renderApp({ language: 'en', path: '/join' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Join a group' })).toBeTruthy();
    expect((screen.getByLabelText('Server address') as HTMLInputElement).value).toBe(
      window.location.origin,
    );
    expect((screen.getByLabelText('Join code') as HTMLInputElement).value).toBe('LINK-CODE-123');
    expect(await database.group.count()).toBe(0);

    await user.type(screen.getByLabelText('Name for this phone'), 'Bus phone');
    await user.click(screen.getByRole('button', { name: 'Join group' }));

    expect(await screen.findByText('You joined Sutton Coldfield group.')).toBeTruthy();
    expect(window.location.hash).toBe('');
    expect((await database.group.get('current'))?.serverUrl).toBe(window.location.origin);
  });
});

describe('leaving a group', () => {
  it('is refused while a report waits, with the reason, and allowed once nothing waits', async () => {
    const { user, database } = await renderApp({ language: 'en', path: '/settings' });
    await database.group.put(joinedGroup());
    const waiting = await queueActionReport(database, {
      caseId: 'ua-105-22',
      actions: { letter: 1 },
      occurredOn: '2026-11-22',
    });
    const section = await screen.findByRole('region', { name: 'Your group' });
    expect(await within(section).findByText('Sutton Coldfield group')).toBeTruthy();

    await user.click(within(section).getByRole('button', { name: 'Leave this group' }));
    await user.click(within(section).getByRole('button', { name: 'Yes, leave' }));

    expect((await within(section).findByRole('alert')).textContent).toBe(
      'You cannot leave yet: 1 record is still waiting on this phone. Let it be delivered first (see Activity).',
    );
    expect(await database.group.count()).toBe(1);

    await database.outbox.update(waiting.id, {
      state: 'sent',
      deliveredAt: new Date().toISOString(),
    });
    await user.click(within(section).getByRole('button', { name: 'Leave this group' }));
    await user.click(within(section).getByRole('button', { name: 'Yes, leave' }));

    expect(await within(groupSection()).findByRole('button', { name: 'Join group' })).toBeTruthy();
    expect(await database.group.count()).toBe(0);
  });
});
