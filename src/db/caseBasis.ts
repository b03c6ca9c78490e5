import type { Case } from '../domain/case';
import type { CaseBasis } from './rows';

/**
 * JSON with every object's keys in one order: a case parsed by the schema and the same case read
 * from a bundled file list a target's fields in different orders, and that is no change.
 */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, part: unknown) =>
    part && typeof part === 'object' && !Array.isArray(part)
      ? Object.fromEntries(Object.entries(part).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : part,
  );
}

/** What a draft remembers of its case, to tell the member later what changed. */
export function caseBasisOf(c: Case): CaseBasis {
  return {
    version: c.version,
    deadline: c.deadline ?? null,
    status: c.status,
    targets: canonicalJson(c.targets),
  };
}

/** The parts of a case a member writing about it must hear of a change in, in the order told. */
export type CaseChange = 'deadline' | 'targets' | 'status';

function sameTargets(basisTargets: string, current: Case['targets']): boolean {
  try {
    // Re-written canonically: bases written before canonical JSON kept the case's own key order.
    return canonicalJson(JSON.parse(basisTargets)) === canonicalJson(current);
  } catch {
    return false;
  }
}

/** What the group changed in the case since the draft was started; nothing without a basis. */
export function caseChangesSince(basis: CaseBasis | undefined, current: Case): CaseChange[] {
  if (!basis || basis.version === current.version) return [];
  const changes: CaseChange[] = [];
  if (basis.deadline !== (current.deadline ?? null)) changes.push('deadline');
  if (!sameTargets(basis.targets, current.targets)) changes.push('targets');
  if (basis.status !== current.status) changes.push('status');
  return changes;
}
