import { describe, expect, it } from 'vitest';
import { CartaDatabase } from '../../src/db/database';
import { lockoutAfter, LONGEST_LOCKOUT_MS } from '../../src/domain/pinLockout';
import { leaveKiosk, startStallSession } from '../../src/features/stall/stallSessions';

const start = new Date('2026-11-28T11:00:00.000Z');
const at = (seconds: number) => new Date(start.getTime() + seconds * 1_000);

describe('wrong PINs at the kiosk', () => {
  it('are free five times, then lock for 30 s, doubling with each wrong PIN up to a ceiling', () => {
    expect([1, 2, 3, 4].map(lockoutAfter)).toEqual([0, 0, 0, 0]);
    expect(lockoutAfter(5)).toBe(30_000);
    expect(lockoutAfter(6)).toBe(60_000);
    expect(lockoutAfter(7)).toBe(120_000);
    expect(lockoutAfter(40)).toBe(LONGEST_LOCKOUT_MS);
  });

  it(
    'lock leaving in the stored session, refuse even the right PIN until the time is up, and reset on it',
    { timeout: 20_000 },
    async () => {
      const database = new CartaDatabase(`test-${crypto.randomUUID()}`);
      const session = await startStallSession(
        database,
        { caseId: 'peru-repression-petition', place: 'Market', pin: '4829' },
        start,
      );

      for (let i = 0; i < 4; i += 1) {
        expect(await leaveKiosk(database, session.id, '0000', at(i))).toEqual({
          outcome: 'wrong',
          lockedUntil: null,
        });
      }
      expect(await leaveKiosk(database, session.id, '0000', at(4))).toEqual({
        outcome: 'wrong',
        lockedUntil: at(34).toISOString(),
      });
      // Stored, so a reload (a fresh read of the session) keeps the lock.
      expect(await database.stallSessions.get(session.id)).toMatchObject({
        pinFailures: 5,
        pinLockedUntil: at(34).toISOString(),
        kioskOpen: true,
      });

      expect(await leaveKiosk(database, session.id, '4829', at(33))).toEqual({
        outcome: 'locked',
        lockedUntil: at(34).toISOString(),
      });
      expect((await database.stallSessions.get(session.id))?.kioskOpen).toBe(true);

      expect(await leaveKiosk(database, session.id, '0000', at(34))).toEqual({
        outcome: 'wrong',
        lockedUntil: at(94).toISOString(),
      });
      expect(await leaveKiosk(database, session.id, '4829', at(94))).toEqual({ outcome: 'left' });
      expect(await database.stallSessions.get(session.id)).toMatchObject({
        pinFailures: 0,
        pinLockedUntil: null,
        kioskOpen: false,
      });
    },
  );
});
