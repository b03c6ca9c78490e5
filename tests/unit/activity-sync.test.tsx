import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CartaDatabase } from '../../src/db/database';
import { queueActionReport } from '../../src/sync/queueActionReport';
import { readSyncState } from '../../src/sync/syncState';
import { groupServerStandIn, offline } from './groupServerStandIn';
import { renderApp } from './renderApp';
import { joinedGroup } from './groupMembership';

async function joinAsMember(database: CartaDatabase) {
  await database.group.put(joinedGroup());
}

function report(letters: number) {
  return { caseId: 'ua-105-22', actions: { letter: letters }, occurredOn: '2026-11-22' };
}

describe('the Activity tab', () => {
  it('shows a saved report as waiting, then as delivered once "Sync now" reaches the server', async () => {
    const server = groupServerStandIn();
    const { user, database, sync } = await renderApp({ language: 'en', path: '/activity' });
    await joinAsMember(database);
    server.answerWith(offline);
    sync.start({ fetch: server.fetch });
    await queueActionReport(database, report(2));

    // The first screen of a test file is slow to appear in jsdom, hence the longer wait.
    expect(
      await screen.findByRole('link', { name: 'Activity, 1 waiting' }, { timeout: 4000 }),
    ).toBeTruthy();
    // The badge is in the bottom bar; the Activity screen itself may still be arriving.
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Activity' }, { timeout: 4000 }),
    ).toBeTruthy();
    const waiting = screen.getByRole('region', { name: 'Waiting on this phone' });
    expect(await within(waiting).findByText('Saved on this phone')).toBeTruthy();
    expect(screen.getByText('Not synced yet')).toBeTruthy();
    expect(await screen.findByText(/could not be reached at the last attempt/)).toBeTruthy();

    server.answerWith(offline);
    await user.click(screen.getByRole('button', { name: 'Sync now' }));
    expect(await screen.findByText(/Could not reach your group's server/)).toBeTruthy();
    expect(within(waiting).getByText('Saved on this phone')).toBeTruthy();

    server.answerNormally();
    await user.click(screen.getByRole('button', { name: 'Sync now' }));

    const delivered = screen.getByRole('region', { name: 'Delivered' });
    expect(await within(delivered).findByText(/UA 105\.22/)).toBeTruthy();
    expect(within(delivered).getByText('Delivered', { selector: 'span' })).toBeTruthy();
    expect(within(delivered).getByText(/^Delivered \d/)).toBeTruthy();
    expect(within(waiting).queryByText('Saved on this phone')).toBeNull();
    expect(
      screen.getByText('Nothing is waiting: everything saved here has been delivered.'),
    ).toBeTruthy();
    expect(screen.getByText('Last synced just now')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Activity' })).toBeTruthy();
    expect(server.stored.size).toBe(1);
  });

  it("shows the server's reason for a rejected report, and Fix sends the corrected one in its place", async () => {
    const server = groupServerStandIn({
      refuse: (item) =>
        (item.data.actions.letter ?? 0) > 20 ? 'More letters than this group ever sends' : null,
    });
    const { user, database, sync } = await renderApp({ language: 'en', path: '/activity' });
    await joinAsMember(database);
    sync.start({ fetch: server.fetch });
    const rejected = await queueActionReport(database, report(25));

    const attention = await screen.findByRole('region', { name: /Needs attention/ });
    expect(
      within(attention).getByText('The server said: More letters than this group ever sends'),
    ).toBeTruthy();
    await user.click(within(attention).getByRole('button', { name: 'Fix' }));
    const letters = (await within(attention).findByLabelText('Letters')) as HTMLInputElement;
    expect(letters.value).toBe('25');
    expect(
      (within(attention).getByLabelText('Date of the actions') as HTMLInputElement).value,
    ).toBe('2026-11-22');
    await user.clear(letters);
    await user.type(letters, '5');
    await user.click(within(attention).getByRole('button', { name: 'Save corrected report' }));
    // The form went with the record; the keyboard carries on from the page's heading.
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 })),
    );

    const delivered = screen.getByRole('region', { name: 'Delivered' });
    expect(await within(delivered).findByText(/5 letters on 22 November 2026/)).toBeTruthy();
    expect(screen.queryByRole('region', { name: /Needs attention/ })).toBeNull();
    expect(await database.outbox.get(rejected.id)).toBeUndefined();
    expect([...server.stored.values()].map((item) => item.data.actions)).toEqual([{ letter: 5 }]);
  });

  it('discards a rejected report only after the member confirms', async () => {
    const server = groupServerStandIn({ refuse: () => 'No such case in this group' });
    const { user, database, sync } = await renderApp({ language: 'en', path: '/activity' });
    await joinAsMember(database);
    sync.start({ fetch: server.fetch });
    await queueActionReport(database, report(1));

    const attention = await screen.findByRole('region', { name: /Needs attention/ });
    await user.click(within(attention).getByRole('button', { name: 'Discard' }));
    await user.click(within(attention).getByRole('button', { name: 'Keep it' }));
    expect(await database.outbox.count()).toBe(1);

    await user.click(within(attention).getByRole('button', { name: 'Discard' }));
    await user.click(within(attention).getByRole('button', { name: 'Yes, discard' }));

    await waitFor(() =>
      expect(screen.queryByRole('region', { name: /Needs attention/ })).toBeNull(),
    );
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { level: 1, name: 'Activity' }),
    );
    expect(await database.outbox.count()).toBe(0);
  });

  it('asks the member to join again when the server refuses the token', async () => {
    const server = groupServerStandIn();
    const { database, sync } = await renderApp({ language: 'en', path: '/activity' });
    await joinAsMember(database);
    server.answerWith(() =>
      Response.json({ error: { code: 'unauthorized', message: 'Unknown token' } }, { status: 401 }),
    );
    sync.start({ fetch: server.fetch });
    await queueActionReport(database, report(1));

    const banner = await screen.findByRole('alert');
    expect(within(banner).getByText('Join your group again')).toBeTruthy();
    expect(within(banner).getByRole('link', { name: 'Join again in Settings' })).toBeTruthy();
    expect((await readSyncState(database)).needsRejoin).toBe(true);
    expect(screen.getByRole('link', { name: 'Activity, 1 waiting' })).toBeTruthy();
  });

  it('points a phone without a group to Settings', async () => {
    await renderApp({ language: 'es', path: '/activity' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Actividad' })).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Unirse a un grupo en Ajustes' })).toBeTruthy();
  });
});
