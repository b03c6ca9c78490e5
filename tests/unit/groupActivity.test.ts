import { describe, expect, it } from 'vitest';
import type { TotalsResponse } from '../../src/domain/groupAdminProtocol';
import {
  activityCsv,
  actionsPresent,
  defaultRange,
  figuresByCase,
  figuresByPeriod,
  figuresInTotal,
  previousRange,
  weekStart,
} from '../../src/domain/groupActivity';

/** November 2026 by week as the server answers it: the first week starts on Monday 26 October. */
const november: TotalsResponse = {
  from: '2026-11-01',
  to: '2026-11-30',
  by: 'week',
  periods: [
    { start: '2026-10-26', cases: { 'ua-105-22': { letter: 2 } } },
    { start: '2026-11-02', cases: {} },
    {
      start: '2026-11-09',
      cases: { 'ua-105-22': { letter: 10, email: 4 }, 'peru-repression-petition': { signups: 7 } },
    },
    { start: '2026-11-16', cases: { 'ua-105-22': { letter: 22, email: 8, call: 1 } } },
    { start: '2026-11-23', cases: {} },
    { start: '2026-11-30', cases: {} },
  ],
};

describe('the figures of the group over time', () => {
  it('adds up each period over the chosen cases, empty weeks included', () => {
    expect(figuresByPeriod(november).map((p) => [p.start, p.total])).toEqual([
      ['2026-10-26', 2],
      ['2026-11-02', 0],
      ['2026-11-09', 21],
      ['2026-11-16', 31],
      ['2026-11-23', 0],
      ['2026-11-30', 0],
    ]);
    const uaOnly = figuresByPeriod(november, new Set(['ua-105-22']));
    expect(uaOnly[2]).toEqual({ start: '2026-11-09', counts: { letter: 10, email: 4 }, total: 14 });
  });

  it('gives each case its totals, most active first, and the types that occur', () => {
    const cases = figuresByCase(november);
    expect(cases).toEqual([
      { caseId: 'ua-105-22', counts: { letter: 34, email: 12, call: 1 }, total: 47 },
      { caseId: 'peru-repression-petition', counts: { signups: 7 }, total: 7 },
    ]);
    expect(figuresInTotal(november)).toEqual({ letter: 34, email: 12, call: 1, signups: 7 });
    expect(actionsPresent(cases)).toEqual(['letter', 'email', 'call', 'signups']);
  });

  it('writes the same figures as CSV, one row per period, case and action', () => {
    const csv = activityCsv(november, null, (id) => (id === 'ua-105-22' ? 'UA 105.22' : id));
    expect(csv.split('\r\n')).toEqual([
      'period_start,case_id,case,action,count',
      '2026-10-26,ua-105-22,UA 105.22,letter,2',
      '2026-11-09,peru-repression-petition,peru-repression-petition,signups,7',
      '2026-11-09,ua-105-22,UA 105.22,letter,10',
      '2026-11-09,ua-105-22,UA 105.22,email,4',
      '2026-11-16,ua-105-22,UA 105.22,letter,22',
      '2026-11-16,ua-105-22,UA 105.22,email,8',
      '2026-11-16,ua-105-22,UA 105.22,call,1',
      '',
    ]);
    // A title a spreadsheet would run as a formula is written as text.
    expect(activityCsv(november, new Set(['ua-105-22']), () => '=HYPERLINK("x")')).toContain(
      `"'=HYPERLINK(""x"")"`,
    );
  });
});

describe('the ranges the coordinator compares', () => {
  it('starts weeks on Monday, a Sunday belonging to the week before', () => {
    expect(weekStart('2026-11-29')).toBe('2026-11-23'); // Sunday
    expect(weekStart('2026-11-30')).toBe('2026-11-30'); // Monday
    expect(weekStart('2027-01-01')).toBe('2026-12-28'); // across the year
  });

  it('offers twelve whole weeks or six whole months to today', () => {
    expect(defaultRange('2026-12-02', 'week')).toEqual({ from: '2026-09-14', to: '2026-12-02' });
    expect(defaultRange('2026-12-02', 'month')).toEqual({ from: '2026-07-01', to: '2026-12-02' });
    expect(defaultRange('2027-02-10', 'month')).toEqual({ from: '2026-09-01', to: '2027-02-10' });
  });

  it('compares with the range of the same length just before', () => {
    expect(previousRange({ from: '2026-11-01', to: '2026-11-30' })).toEqual({
      from: '2026-10-02',
      to: '2026-10-31',
    });
    expect(previousRange({ from: '2026-01-05', to: '2026-01-11' })).toEqual({
      from: '2025-12-29',
      to: '2026-01-04',
    });
  });
});
