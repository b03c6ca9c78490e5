import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { localDate } from '../../src/domain/deadline';
import { PERSISTENCE_STORAGE_KEY } from '../../src/sync/persistentStorage';
import { renderApp } from './renderApp';

const UA = '/cases/ua-105-22';

afterEach(() => {
  vi.restoreAllMocks();
  // jsdom has no StorageManager; a test that gives it one takes it away again.
  delete (navigator as { storage?: StorageManager }).storage;
});

async function openCase() {
  const app = await renderApp({ language: 'en', path: UA });
  await screen.findByRole('button', { name: 'Save report' });
  return app;
}

function reportForm() {
  return screen.getByRole('group', { name: 'How many of each' }).closest('form') as HTMLElement;
}

describe('reporting actions on a case', () => {
  it('saves 2 letters on this phone, shows them as waiting and puts 1 on the Activity badge', async () => {
    const { user, database } = await openCase();
    expect(screen.getByRole('link', { name: 'Activity' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Letters: one more' }));
    await user.click(screen.getByRole('button', { name: 'Letters: one more' }));
    expect((screen.getByLabelText('Letters') as HTMLInputElement).value).toBe('2');
    await user.click(screen.getByRole('button', { name: 'Save report' }));

    expect(await screen.findByText(/Saved on this phone\. Join a group in Settings/)).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Activity, 1 waiting' })).toBeTruthy();
    const own = screen.getByRole('heading', { name: 'Your reports' }).parentElement as HTMLElement;
    expect(within(own).getByText(/^2 letters on /)).toBeTruthy();
    expect(within(own).getByText('Saved on this phone')).toBeTruthy();
    // The form is ready for the next report.
    expect((screen.getByLabelText('Letters') as HTMLInputElement).value).toBe('0');

    const [item] = await database.outbox.toArray();
    expect(item).toMatchObject({
      type: 'action-report',
      state: 'pending',
      payload: { caseId: 'ua-105-22', actions: { letter: 2 }, occurredOn: localDate(new Date()) },
    });

    await user.click(screen.getByRole('link', { name: 'Activity, 1 waiting' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Activity' })).toBeTruthy();
    expect(
      await screen.findByText('1 record is saved on this phone and waits to be delivered.'),
    ).toBeTruthy();
    const waiting = screen.getByRole('region', { name: 'Waiting on this phone' });
    expect(within(waiting).getByText(/2 letters on/)).toBeTruthy();
    expect(within(waiting).getByText('Saved on this phone')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Join a group in Settings' })).toBeTruthy();
  });

  it('refuses a report with no actions and says what to do', async () => {
    const { user, database } = await openCase();

    await user.click(screen.getByRole('button', { name: 'Save report' }));

    expect((await screen.findByRole('alert')).textContent).toContain(
      'Add at least one action: set a count above 0.',
    );
    expect(await database.outbox.count()).toBe(0);
  });

  it('refuses 1,001 letters and keeps what was typed', async () => {
    const { user, database } = await openCase();
    const letters = screen.getByLabelText('Letters');
    await user.clear(letters);
    await user.type(letters, '1001');
    await user.click(screen.getByRole('button', { name: 'Emails: one more' }));

    await user.click(screen.getByRole('button', { name: 'Save report' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Letters: At most 1,000 in one report.');
    expect((screen.getByLabelText('Letters') as HTMLInputElement).value).toBe('1001');
    expect(screen.getByLabelText('Letters').getAttribute('aria-invalid')).toBe('true');
    expect((screen.getByLabelText('Emails') as HTMLInputElement).value).toBe('1');
    expect(await database.outbox.count()).toBe(0);
  });

  it('refuses a date in the future and keeps the counts', async () => {
    const { user, database } = await openCase();
    await user.click(screen.getByRole('button', { name: 'Calls: one more' }));
    const date = screen.getByLabelText('Date of the actions');
    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 1);
    await user.clear(date);
    await user.type(date, localDate(tomorrow));

    await user.click(screen.getByRole('button', { name: 'Save report' }));

    expect((await screen.findByRole('alert')).textContent).toContain(
      'The date cannot be in the future.',
    );
    expect((screen.getByLabelText('Calls') as HTMLInputElement).value).toBe('1');
    expect((date as HTMLInputElement).value).toBe(localDate(tomorrow));
    expect(await database.outbox.count()).toBe(0);
  });

  it('refuses a report dated 1999 before it is queued, as the server would, and keeps it', async () => {
    const { user, database } = await openCase();
    await user.click(screen.getByRole('button', { name: 'Letters: one more' }));
    const date = screen.getByLabelText('Date of the actions');
    await user.clear(date);
    await user.type(date, '1999-12-31');

    await user.click(screen.getByRole('button', { name: 'Save report' }));

    expect((await screen.findByRole('alert')).textContent).toContain(
      'Choose a date from 2000 onwards.',
    );
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect((date as HTMLInputElement).value).toBe('1999-12-31');
    expect((screen.getByLabelText('Letters') as HTMLInputElement).value).toBe('1');
    expect(await database.outbox.count()).toBe(0);
  });

  it('says the phone is out of space, writes nothing and keeps the values', async () => {
    const { user, database } = await openCase();
    vi.spyOn(database.outbox, 'add').mockRejectedValue(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    await user.click(screen.getByRole('button', { name: 'Faxes: one more' }));
    await user.click(screen.getByRole('button', { name: 'Faxes: one more' }));

    await user.click(within(reportForm()).getByRole('button', { name: 'Save report' }));

    expect((await screen.findByRole('alert')).textContent).toContain(
      'This phone is out of space — nothing was saved',
    );
    expect((screen.getByLabelText('Faxes') as HTMLInputElement).value).toBe('2');
    vi.restoreAllMocks();
    expect(await database.outbox.count()).toBe(0);
  });

  it('asks once for persistent storage when the first report is saved, and Settings shows the answer', async () => {
    const persist = vi.fn().mockResolvedValue(true);
    Object.defineProperty(navigator, 'storage', {
      configurable: true,
      value: {
        persist,
        persisted: () => Promise.resolve(false),
        estimate: () => Promise.resolve({}),
      },
    });
    const { user } = await renderApp({ language: 'en', path: '/settings' });
    expect(await screen.findByText(/Not asked yet/)).toBeTruthy();

    await user.click(screen.getByRole('link', { name: 'Cases' }));
    await user.click(await screen.findByRole('link', { name: /Juliaca protests/ }));
    for (let i = 0; i < 2; i += 1) {
      await user.click(await screen.findByRole('button', { name: 'Letters: one more' }));
      await user.click(screen.getByRole('button', { name: 'Save report' }));
      await screen.findByRole('link', { name: `Activity, ${i + 1} waiting` });
    }

    expect(persist).toHaveBeenCalledTimes(1);
    expect(localStorage.getItem(PERSISTENCE_STORAGE_KEY)).toBe('granted');
    await user.click(screen.getByRole('link', { name: 'Settings' }));
    expect(await screen.findByText(/^Yes — the browser keeps/)).toBeTruthy();
  });
});
