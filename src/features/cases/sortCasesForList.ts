import type { Case } from '../../domain/case';
import { deadlineStatus } from '../../domain/deadline';

// Cases that can still be acted on come first, the most pressing at the top; cases without a
// deadline next, newest first; cases whose deadline has passed last, most recently closed first.
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
    if (rank(a, today) === 0) return (a.deadline ?? '').localeCompare(b.deadline ?? '');
    if (rank(a, today) === 1) return b.issuedOn.localeCompare(a.issuedOn);
    return (b.deadline ?? '').localeCompare(a.deadline ?? '');
  });
}
