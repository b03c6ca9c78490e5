import type { Case } from '../../domain/case';
import { deadlineStatus } from '../../domain/deadline';
import { earliestFirst, latestFirst } from '../../domain/codePointOrder';

// Within the open cases, those that can still be acted on come first, the most pressing at the
// top; cases without a deadline next, newest first; cases whose deadline has passed (still open:
// the section office may have extended it) last, most recent first.
function rank(c: Case, today: string): number {
  const { state } = deadlineStatus(c.deadline, today);
  if (state === 'open' || state === 'today') return 0;
  if (state === 'none') return 1;
  return 2;
}

export function sortCasesForList<T extends Case>(cases: readonly T[], today: string): T[] {
  return [...cases].sort((a, b) => {
    const byRank = rank(a, today) - rank(b, today);
    if (byRank !== 0) return byRank;
    if (rank(a, today) === 0) return earliestFirst(a.deadline ?? '', b.deadline ?? '');
    if (rank(a, today) === 1) return latestFirst(a.issuedOn, b.issuedOn);
    return latestFirst(a.deadline ?? '', b.deadline ?? '');
  });
}

export interface CaseListSections<T extends Case> {
  open: T[];
  /** Closed cases, most recently closed first: readable, and still open to late reports. */
  earlier: T[];
}

/** The list's two sections; withdrawn cases are never listed, whatever keeps them on the phone. */
export function arrangeCasesForList<T extends Case>(
  cases: readonly T[],
  today: string,
): CaseListSections<T> {
  const open = sortCasesForList(
    cases.filter((c) => c.status === 'open'),
    today,
  );
  const earlier = cases
    .filter((c) => c.status === 'closed')
    .sort((a, b) => latestFirst(a.closedOn ?? '', b.closedOn ?? ''));
  return { open, earlier };
}
