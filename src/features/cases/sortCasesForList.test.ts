import { describe, expect, it } from 'vitest';
import { bundledCases } from '../../content/bundledCases';
import type { Case } from '../../domain/case';
import { arrangeCasesForList, sortCasesForList } from './sortCasesForList';

const base = bundledCases[0]!;

function caseWith(id: string, fields: Partial<Case>): Case {
  return { ...base, id, deadline: undefined, ...fields };
}

const closedFields = (closedOn: string): Partial<Case> => ({
  status: 'closed',
  closedOn,
  outcome: { en: 'Released', es: 'Liberado' },
});

describe('the order of the case list', () => {
  it('puts open cases first by nearest deadline, then cases without one, then passed deadlines', () => {
    const today = '2023-03-01';
    const cases = [
      caseWith('passed-long-ago', { deadline: '2022-12-01' }),
      caseWith('no-deadline-old', { issuedOn: '2022-06-01' }),
      caseWith('open-later', { deadline: '2023-04-01' }),
      caseWith('passed-recently', { deadline: '2023-02-20' }),
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
      'passed-recently',
      'passed-long-ago',
    ]);
  });

  it('moves closed cases to their own section, latest closed first, and leaves withdrawn ones out', () => {
    const sections = arrangeCasesForList(
      [
        caseWith('closed-2023', { deadline: '2099-01-01', ...closedFields('2023-05-03') }),
        caseWith('withdrawn', { deadline: '2023-03-02', status: 'withdrawn' }),
        caseWith('open', { deadline: '2023-03-10' }),
        caseWith('closed-2024', closedFields('2024-01-15')),
      ],
      '2023-03-01',
    );

    expect(sections.open.map((c) => c.id)).toEqual(['open']);
    expect(sections.earlier.map((c) => c.id)).toEqual(['closed-2024', 'closed-2023']);
  });
});
