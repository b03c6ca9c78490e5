import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CartaDatabase } from '../../src/db/database';
import { parseUndeliveredFile } from '../../src/domain/undeliveredFile';
import { queueActionReport } from '../../src/sync/queueActionReport';
import { recordRemovalFromGroup } from '../../src/sync/syncState';
import { groupServerStandIn, offline } from './groupServerStandIn';
import { renderApp } from './renderApp';
import { joinedGroup } from './groupMembership';

// The first screen of a file is slow to appear in jsdom, and a download waits on a lazy chunk.
vi.setConfig({ testTimeout: 20_000 });

async function joinAsMember(database: CartaDatabase) {
  await database.group.put(joinedGroup({ deviceName: 'Stall phone 2' }));
}

function report(letters: number) {
  return { caseId: 'ua-105-22', actions: { letter: letters }, occurredOn: '2026-11-22' };
}

/** The files the app handed to the browser's download, by name, as the member would open them. */
function captureDownloads(): Array<{ name: string; text: () => Promise<string> }> {
  const files: Array<{ name: string; text: () => Promise<string> }> = [];
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = `blob:test/${crypto.randomUUID()}`;
    blobs.set(url, blob as Blob);
    return url;
  };
  URL.revokeObjectURL = () => {};
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href);
    if (blob) files.push({ name: this.download, text: () => blob.text() });
  });
  return files;
}

describe('saving what has not been delivered, on the Activity tab', () => {
  let downloads: ReturnType<typeof captureDownloads>;
  beforeEach(() => {
    downloads = captureDownloads();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('saves the waiting reports to a file exactly as the sync would send them, and keeps them on the phone', async () => {
    const server = groupServerStandIn();
    const { user, database, sync } = await renderApp({ language: 'en', path: '/activity' });
    await joinAsMember(database);
    server.answerWith(offline);
    sync.start({ fetch: server.fetch });
    const first = await queueActionReport(database, report(2));
    const second = await queueActionReport(database, report(1));

    const section = await screen.findByRole(
      'region',
      { name: 'Save what has not been delivered' },
      { timeout: 4000 },
    );
    expect(
      within(section).getByText(
        "Saving the file does not deliver anything: the records stay on this phone until your group's server confirms them.",
      ),
    ).toBeTruthy();
    // No sign-up waits, so nothing is said about sealed ones.
    expect(within(section).queryByText(/sign-ups in the file/)).toBeNull();
    await user.click(within(section).getByRole('button', { name: 'Save 2 records to a file' }));

    expect(
      await within(section).findByText(
        /^carta-undelivered-\d{4}-\d{2}-\d{2}\.json is saved, with 2 records\. Give it to your coordinator\.$/,
      ),
    ).toBeTruthy();
    expect(downloads.map((file) => file.name)).toEqual([
      expect.stringMatching(/^carta-undelivered-\d{4}-\d{2}-\d{2}\.json$/),
    ]);
    const parsed = parseUndeliveredFile(await downloads[0]!.text());
    if (!parsed.ok) throw new Error(`not a file of undelivered records: ${parsed.problem}`);
    expect(parsed.file).toMatchObject({
      format: 'carta-undelivered',
      version: 1,
      deviceName: 'Stall phone 2',
      groupId: 'g1',
    });
    expect(parsed.file.items).toEqual(
      [first, second].map((item) => ({
        id: item.id,
        type: 'action-report',
        createdAt: item.createdAt,
        data: item.payload,
      })),
    );

    // Still waiting: only the server's answer delivers a record.
    const waiting = screen.getByRole('region', { name: 'Waiting on this phone' });
    expect(within(waiting).getAllByText('Saved on this phone')).toHaveLength(2);
    expect(screen.getByRole('link', { name: 'Activity, 2 waiting' })).toBeTruthy();
    expect((await database.outbox.toArray()).map((item) => item.state)).toEqual([
      'pending',
      'pending',
    ]);
  });

  it('offers nothing to save when everything has been delivered', async () => {
    const server = groupServerStandIn();
    const { user, database, sync } = await renderApp({ language: 'en', path: '/activity' });
    await joinAsMember(database);
    server.answerWith(offline);
    sync.start({ fetch: server.fetch });
    await queueActionReport(database, report(3));
    expect(
      await screen.findByRole(
        'region',
        { name: 'Save what has not been delivered' },
        { timeout: 4000 },
      ),
    ).toBeTruthy();

    server.answerNormally();
    await user.click(screen.getByRole('button', { name: 'Sync now' }));

    expect(
      await screen.findByText('Nothing is waiting: everything saved here has been delivered.'),
    ).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Save what has not been delivered' })).toBeNull();
  });

  it('puts the file first on a phone the coordinator removed, in Spanish too', async () => {
    const { user, database } = await renderApp({ language: 'es', path: '/activity' });
    await joinAsMember(database);
    await queueActionReport(database, report(1));
    await recordRemovalFromGroup(
      database,
      'The coordinator removed this phone from the group.',
      new Date('2026-12-01T10:00:00Z'),
    );

    const intro = await screen.findByText(
      /^Este teléfono ya no puede entregar nada por sí mismo\./,
      {},
      { timeout: 4000 },
    );
    const section = screen.getByRole('region', { name: 'Guardar lo que no se ha entregado' });
    expect(section.contains(intro)).toBe(true);
    const banner = screen.getByRole('alert');
    expect(within(banner).getByText(/donde puede guardarlo en un archivo/)).toBeTruthy();
    // Before the sync status and the lists: it is the one thing left to do.
    const syncNow = screen.getByRole('button', { name: 'Sincronizar ahora' });
    expect(
      section.compareDocumentPosition(syncNow) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();

    await user.click(
      within(section).getByRole('button', { name: 'Guardar 1 registro en un archivo' }),
    );
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(
      await within(section).findByText(/, con 1 registro\. Entrégueselo a la coordinación\.$/),
    ).toBeTruthy();
    expect(await database.outbox.count()).toBe(1);
  });
});
