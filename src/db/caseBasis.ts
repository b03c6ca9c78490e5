import type { Case } from '../domain/case';
import type { CaseBasis } from './rows';

/** What a draft remembers of its case, to tell the member later what changed. */
export function caseBasisOf(c: Case): CaseBasis {
  return {
    version: c.version,
    deadline: c.deadline ?? null,
    status: c.status,
    targets: JSON.stringify(c.targets),
  };
}
