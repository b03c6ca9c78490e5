import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CartaDatabase } from '../../src/db/database';
import { createGroupKeyPair, type GroupKeyPair } from '../../src/domain/signupSealing';
import { hashPin } from '../../src/domain/volunteerPin';
import { renderApp } from './renderApp';
import { joinedGroup } from './groupMembership';

let pair: GroupKeyPair;

beforeAll(async () => {
  pair = await createGroupKeyPair();
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

async function joinWithKey(database: CartaDatabase) {
  await database.group.put(
    joinedGroup({
      serverUrl: 'http://127.0.0.1:8080',
      publicKey: pair.publicKeySpki,
      publicKeyId: pair.keyId,
      role: 'member',
    }),
  );
}

type User = Awaited<ReturnType<typeof renderApp>>['user'];

async function startStall(user: User) {
  await user.type(await screen.findByLabelText('Where'), 'Market square');
  await user.type(screen.getByLabelText('Volunteer PIN'), '4829');
  await user.type(screen.getByLabelText('PIN again'), '4829');
  await user.click(screen.getByRole('button', { name: 'Start and open the kiosk' }));
  await screen.findByRole('heading', { level: 1, name: 'Sign the petition' });
}

async function fillIn(user: User, name: string, email: string) {
  await user.type(screen.getByLabelText('Your name'), name);
  await user.type(screen.getByLabelText('Email address'), email);
  await user.click(screen.getByRole('checkbox', { name: /I sign this petition/ }));
}

async function leaveWithPin(user: User, pin: string) {
  await user.click(screen.getByRole('button', { name: 'Volunteer: leave the kiosk' }));
  await user.type(screen.getByLabelText('Volunteer PIN'), pin);
  await user.click(screen.getByRole('button', { name: 'Leave the kiosk' }));
}

function pendingSignUps(database: CartaDatabase) {
  return database.outbox.where('[type+state]').equals(['sign-up', 'pending']).count();
}

describe('a signer who comes back', () => {
  it(
    'is thanked like anyone, even after the kiosk was closed and reopened, and only the volunteer sees the repeats',
    { timeout: 30_000 },
    async () => {
      const { database, user } = await renderApp({ path: '/stall', language: 'en' });
      await joinWithKey(database);
      await startStall(user);

      await fillIn(user, 'Rosa Quispe', 'rosa@example.org');
      await user.click(screen.getByRole('button', { name: 'Sign' }));
      await waitFor(async () => expect(await pendingSignUps(database)).toBe(1));

      // The volunteer checks the counts and hands the phone back: the stall still knows Rosa.
      await leaveWithPin(user, '4829');
      await user.click(await screen.findByRole('button', { name: 'Open the kiosk' }));
      await screen.findByRole('heading', { level: 1, name: 'Sign the petition' });
      expect(screen.getByRole('status').textContent).toBe('');

      for (const email of ['ROSA@example.org', ' rosa@example.org ']) {
        await fillIn(user, 'Someone curious', email);
        await user.click(screen.getByRole('button', { name: 'Sign' }));
        expect(
          await screen.findByText(
            'Thank you! Your signature is saved. The form is ready for the next person.',
          ),
        ).toBeTruthy();
        await waitFor(() =>
          expect((screen.getByLabelText('Your name') as HTMLInputElement).value).toBe(''),
        );
        expect((screen.getByLabelText('Email address') as HTMLInputElement).value).toBe('');
        expect(screen.queryByRole('alert')).toBeNull();
      }
      expect(await pendingSignUps(database)).toBe(1);

      await leaveWithPin(user, '4829');
      const session = await screen.findByRole('region', { name: 'This stall' });
      expect(within(session).getByText('Signed').nextElementSibling?.textContent).toBe('1');
      expect(
        within(session).getByText(
          '2 repeat sign-ups were not counted twice: those email addresses had already signed at this stall.',
        ),
      ).toBeTruthy();
      // Someone who would rather sign later on their own phone is handed the case as a QR code.
      await user.click(await within(session).findByRole('button', { name: 'Show QR code' }));
      expect(
        await within(session).findByRole('img', { name: /^QR code that opens / }),
      ).toBeTruthy();
    },
  );
});

describe('a sign-up that cannot be saved', () => {
  // The phone's storage is full for the next write only, as when a volunteer then frees space.
  function failOnce(database: CartaDatabase) {
    vi.spyOn(database, 'transaction').mockRejectedValueOnce(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
  }

  it(
    "takes the signer's details off the screen, and saves them when the signer taps Try again",
    { timeout: 30_000 },
    async () => {
      const { database, user } = await renderApp({ path: '/stall', language: 'en' });
      await joinWithKey(database);
      await startStall(user);
      failOnce(database);

      await fillIn(user, 'Rosa Quispe', 'rosa@example.org');
      await user.click(screen.getByRole('button', { name: 'Sign' }));

      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toContain(
        'This phone is full, so the signature could not be saved',
      );
      expect(screen.queryByLabelText('Your name')).toBeNull();
      expect(screen.queryByLabelText('Email address')).toBeNull();
      expect(document.body.textContent).not.toMatch(/Rosa|rosa@/);
      expect(await pendingSignUps(database)).toBe(0);

      await user.click(screen.getByRole('button', { name: 'Try again' }));
      expect(
        await screen.findByText(
          'Thank you! Your signature is saved. The form is ready for the next person.',
        ),
      ).toBeTruthy();
      expect((screen.getByLabelText('Your name') as HTMLInputElement).value).toBe('');
      expect(await pendingSignUps(database)).toBe(1);
    },
  );

  it(
    'drops the details when the signer clears them, or after a minute when nobody is there',
    { timeout: 30_000 },
    async () => {
      const { database, user } = await renderApp({ path: '/stall', language: 'en' });
      await joinWithKey(database);
      await startStall(user);

      failOnce(database);
      await fillIn(user, 'Rosa Quispe', 'rosa@example.org');
      await user.click(screen.getByRole('button', { name: 'Sign' }));
      await user.click(await screen.findByRole('button', { name: 'Clear my details' }));
      expect((screen.getByLabelText('Your name') as HTMLInputElement).value).toBe('');
      expect(screen.queryByRole('alert')).toBeNull();

      failOnce(database);
      await fillIn(user, 'Ana Mamani', 'ana@example.org');
      // Only the form's own countdown is faked; a synchronous click needs no timers of its own.
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      fireEvent.click(screen.getByRole('button', { name: 'Sign' }));
      // Testing Library's waits need a real setTimeout; Vitest's own wait moves fake time on by
      // well under a second while the save fails, which the 58 s below leave room for.
      await vi.waitFor(() => screen.getByRole('button', { name: 'Try again' }), { timeout: 5_000 });
      act(() => vi.advanceTimersByTime(58_000));
      expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
      act(() => vi.advanceTimersByTime(2_000));
      vi.useRealTimers();

      // Ana has gone: the next person finds an empty form, and tapping Sign cannot send her details.
      expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
      expect((screen.getByLabelText('Your name') as HTMLInputElement).value).toBe('');
      expect(document.body.textContent).not.toMatch(/Rosa|Ana/);
      expect(await pendingSignUps(database)).toBe(0);
      // Neither failed address was remembered as having signed: each can sign for real now.
      await fillIn(user, 'Ana Mamani', 'ana@example.org');
      await user.click(screen.getByRole('button', { name: 'Sign' }));
      await waitFor(async () => expect(await pendingSignUps(database)).toBe(1));
    },
  );
});

describe('a signer who walks away half-way', () => {
  it(
    'sees a countdown after a minute and a half, can stay, and otherwise leaves an empty form',
    { timeout: 30_000 },
    async () => {
      const { database, user } = await renderApp({ path: '/stall', language: 'en' });
      await joinWithKey(database);
      await startStall(user);
      // Opening the kiosk hands the phone over: the first field has the focus.
      await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Your name')));

      await user.type(screen.getByLabelText('Your name'), 'Rosa Quispe');
      await user.type(screen.getByLabelText('Email address'), 'rosa@example.org');
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      // Her last keystroke, made on the faked clock so that its wait is one the test can move on.
      fireEvent.input(screen.getByLabelText('Email address'));
      act(() => vi.advanceTimersByTime(89_000));
      expect(screen.queryByText(/Still there\?/)).toBeNull();
      act(() => vi.advanceTimersByTime(1_000));
      expect(screen.getByRole('alert').textContent).toMatch(/Still there\?/);
      expect(screen.getByText('Clearing in 20 seconds')).toBeTruthy();

      // Rosa was only reading the privacy note: one tap keeps her details and the wait restarts.
      fireEvent.click(screen.getByRole('button', { name: 'I am still here' }));
      expect(screen.queryByText(/Still there\?/)).toBeNull();
      expect((screen.getByLabelText('Your name') as HTMLInputElement).value).toBe('Rosa Quispe');

      // Then she walks off. After the wait and the countdown nothing of hers is left on screen.
      act(() => vi.advanceTimersByTime(90_000));
      // The countdown ticks once a second, each tick scheduled after the last was drawn.
      for (let second = 0; second < 19; second += 1) act(() => vi.advanceTimersByTime(1_000));
      expect(screen.getByText('Clearing in 1 second')).toBeTruthy();
      act(() => vi.advanceTimersByTime(1_000));
      vi.useRealTimers();
      expect((screen.getByLabelText('Your name') as HTMLInputElement).value).toBe('');
      expect((screen.getByLabelText('Email address') as HTMLInputElement).value).toBe('');
      expect(document.body.textContent).not.toMatch(/Rosa|rosa@/);
      expect(screen.queryByRole('alert')).toBeNull();
      expect(await pendingSignUps(database)).toBe(0);
    },
  );
});

describe('leaving the kiosk with wrong PINs', () => {
  it(
    'locks after five wrong PINs, shows how long is left, and does not check a PIN until then',
    { timeout: 30_000 },
    async () => {
      const { database, user } = await renderApp({ path: '/stall', language: 'en' });
      await joinWithKey(database);
      await startStall(user);

      await user.click(screen.getByRole('button', { name: 'Volunteer: leave the kiosk' }));
      for (let attempt = 1; attempt <= 5; attempt += 1) {
        await user.type(screen.getByLabelText('Volunteer PIN'), '1111');
        await user.click(await screen.findByRole('button', { name: 'Leave the kiosk' }));
        await waitFor(async () =>
          expect((await database.stallSessions.toCollection().first())?.pinFailures).toBe(attempt),
        );
        if (attempt < 5) {
          expect(
            await screen.findByText('That PIN is not right. The kiosk stays open.'),
          ).toBeTruthy();
        }
      }

      expect(await screen.findByText('Too many wrong PINs. The kiosk stays open.')).toBeTruthy();
      expect(screen.getByRole('timer').textContent).toMatch(/^Try again in (30|29) seconds\.$/);
      expect(screen.getByRole('button', { name: 'Leave the kiosk' })).toHaveProperty(
        'disabled',
        true,
      );
      const session = await database.stallSessions.toCollection().first();
      expect(session?.pinFailures).toBe(5);
      expect(session?.kioskOpen).toBe(true);
    },
  );

  it(
    'stays locked after a reload, counts down, and lets the right PIN through when the time is up',
    { timeout: 30_000 },
    async () => {
      const start = new Date('2026-11-28T11:00:00.000Z');
      vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'], now: start });
      const pin = await hashPin('4829');
      // A reload is a fresh page on the same database: the lock must come from what was stored.
      const { database, user } = await renderApp({ path: '/stall', language: 'es' });
      await database.stallSessions.put({
        id: '9c1d2e3f-0000-4000-8000-000000000002',
        caseId: 'peru-repression-petition',
        place: 'Market',
        startedAt: '2026-11-28T10:00:00.000Z',
        endedAt: null,
        signupCount: 0,
        deliveredCount: 0,
        pin,
        kioskOpen: true,
        repeatCount: 0,
        pinFailures: 6,
        pinLockedUntil: new Date(start.getTime() + 90_000).toISOString(),
      });

      await user.click(
        await screen.findByRole('button', { name: 'Voluntariado: salir del quiosco' }),
      );
      expect(screen.getByRole('timer').textContent).toBe(
        'Vuelva a intentarlo dentro de 2 minutos.',
      );
      act(() => vi.advanceTimersByTime(60_000));
      expect(screen.getByRole('timer').textContent).toBe(
        'Vuelva a intentarlo dentro de 30 segundos.',
      );
      act(() => vi.advanceTimersByTime(29_000));
      expect(screen.getByRole('timer').textContent).toBe(
        'Vuelva a intentarlo dentro de 1 segundo.',
      );
      act(() => vi.advanceTimersByTime(1_000));
      expect(screen.queryByRole('timer')).toBeNull();

      await user.type(screen.getByLabelText('PIN de la persona voluntaria'), '4829');
      await user.click(screen.getByRole('button', { name: 'Salir del quiosco' }));
      expect(await screen.findByRole('region', { name: 'Este puesto de firmas' })).toBeTruthy();
      expect(await database.stallSessions.toCollection().first()).toMatchObject({
        kioskOpen: false,
        pinFailures: 0,
        pinLockedUntil: null,
      });
    },
  );
});

describe('earlier stalls', () => {
  it.each([
    ['en', '1 sign-up, 0 delivered', '2 sign-ups, 1 delivered'],
    ['es', '1 inscripción, 0 entregadas', '2 inscripciones, 1 entregada'],
  ] as const)(
    'count sign-ups and deliveries in proper plurals (%s)',
    async (language, one, two) => {
      const heading = language === 'en' ? 'Earlier stalls' : 'Puestos de firmas anteriores';
      const { database } = await renderApp({ path: '/stall', language });
      const ended = (id: string, place: string, signed: number, delivered: number) => ({
        id,
        caseId: 'peru-repression-petition',
        place,
        startedAt: `2026-11-${20 + signed}T10:00:00.000Z`,
        endedAt: `2026-11-${20 + signed}T12:00:00.000Z`,
        signupCount: signed,
        deliveredCount: delivered,
        pin: null,
        kioskOpen: false,
      });
      await database.stallSessions.bulkPut([
        ended('9c1d2e3f-0000-4000-8000-000000000003', 'Library', 1, 0),
        ended('9c1d2e3f-0000-4000-8000-000000000004', 'Station', 2, 1),
      ]);

      const history = await screen.findByRole('region', { name: heading });
      const items = await within(history).findAllByRole('listitem');
      const texts = items.map((item) => item.textContent ?? '');
      expect(texts.find((text) => text.startsWith('Library'))).toContain(one);
      expect(texts.find((text) => text.startsWith('Station'))).toContain(two);
    },
  );
});
