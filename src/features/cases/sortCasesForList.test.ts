import { describe, expect, it } from 'vitest';
import { bundledCases } from '../../content/bundledCases';
import type { Case } from '../../domain/case';
import { sortCasesForList } from './sortCasesForList';

const base = bundledCases[0]!;

function caseWith(id: string, fields: Partial<Case>): Case {
  return { ...base, id, deadline: undefined, ...fields };
}

describe('the order of the case list', () => {
  it('puts open cases first by nearest deadline, then cases without one, then closed ones', () => {
    const today = '2023-03-01';
    const cases = [
      caseWith('closed-long-ago', { deadline: '2022-12-01' }),
      caseWith('no-deadline-old', { issuedOn: '2022-06-01' }),
      caseWith('open-later', { deadline: '2023-04-01' }),
      caseWith('closed-recently', { deadline: '2023-02-20' }),
      caseWith('due-today', { deadline: '2023-03-01' }),
      caseWith('no-deadline-new', { issuedOn: '2023-01-10' }),
      caseWith('open-soon', { deadline: '2023-03-05' }),
    ];

    expect(sortCasesForList(cases, today).map((c) => c.id)).toEqual([
      'due-today',
      'open-soon',
      'open-later',
      'no-deadline-new',
      'no-deadline-old',
      'closed-recently',
      'closed-long-ago',
    ]);
  });
});
