import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { daysBetween, deadlineStatus, localDate } from '../../src/domain/deadline';

// UA 105.22 asks for action until 7 March 2023.
const UA_DEADLINE = '2023-03-07';

describe('deadline status of a case', () => {
  it('counts the days left while the action is open', () => {
    expect(deadlineStatus(UA_DEADLINE, '2023-02-28')).toEqual({
      state: 'open',
      daysLeft: 7,
      deadline: UA_DEADLINE,
    });
    expect(deadlineStatus(UA_DEADLINE, '2023-03-06')).toEqual({
      state: 'open',
      daysLeft: 1,
      deadline: UA_DEADLINE,
    });
  });

  it('says the deadline is today on the day itself', () => {
    expect(deadlineStatus(UA_DEADLINE, '2023-03-07')).toEqual({
      state: 'today',
      deadline: UA_DEADLINE,
    });
  });

  it('says the deadline has passed from the next day on', () => {
    expect(deadlineStatus(UA_DEADLINE, '2023-03-08')).toEqual({
      state: 'passed',
      deadline: UA_DEADLINE,
    });
    expect(deadlineStatus(UA_DEADLINE, '2026-11-26')).toEqual({
      state: 'passed',
      deadline: UA_DEADLINE,
    });
  });

  it('has no status for a case without a deadline', () => {
    expect(deadlineStatus(undefined, '2023-03-07')).toEqual({ state: 'none' });
  });

  it('counts across a month and a year end', () => {
    expect(daysBetween('2022-12-31', '2023-01-01')).toBe(1);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
  });
});

describe('deadline status across a daylight-saving change', () => {
  const originalTz = process.env.TZ;

  beforeEach(() => {
    // A UK group: clocks go forward on 26 March 2023 and back on 29 October 2023.
    process.env.TZ = 'Europe/London';
  });

  afterEach(() => {
    // Assigning undefined would store the string "undefined", which Node reads as UTC.
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it('counts whole days over the night the clocks go forward (a 23-hour day)', () => {
    expect(deadlineStatus('2023-03-27', '2023-03-25')).toEqual({
      state: 'open',
      daysLeft: 2,
      deadline: '2023-03-27',
    });
  });

  it('counts whole days over the night the clocks go back (a 25-hour day)', () => {
    expect(deadlineStatus('2023-10-30', '2023-10-28')).toEqual({
      state: 'open',
      daysLeft: 2,
      deadline: '2023-10-30',
    });
  });

  it('takes "today" from the phone’s local calendar, not from UTC', () => {
    // 23:30 on 26 March in London is already summer time (22:30 UTC).
    const lateEvening = new Date(2023, 2, 26, 23, 30);
    expect(lateEvening.toISOString()).toBe('2023-03-26T22:30:00.000Z');
    expect(localDate(lateEvening)).toBe('2023-03-26');

    // 00:30 on 1 April in London is 23:30 UTC on 31 March: the member's day is already April.
    const justAfterMidnight = new Date(2023, 3, 1, 0, 30);
    expect(justAfterMidnight.toISOString()).toBe('2023-03-31T23:30:00.000Z');
    expect(localDate(justAfterMidnight)).toBe('2023-04-01');
    expect(deadlineStatus('2023-04-01', localDate(justAfterMidnight)).state).toBe('today');
  });
});
