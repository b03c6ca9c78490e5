import type { z } from 'zod';
import { caseSchema, type Case, type CaseRule } from './case';

/**
 * What is wrong with one field of a case, said without words so the editor can say it in the
 * coordinator's language and the server can send it as it is. `path` is the field's dotted path
 * in the case ("targets.0.email", "sampleLetter.es.subject").
 */
export interface CaseProblem {
  path: string;
  problem: CaseProblemCode;
  /** Unknown placeholder names, the longest length allowed: what the message needs to be exact. */
  names?: string[];
  maximum?: number;
}

export type CaseProblemCode =
  | 'required'
  | 'tooLong'
  | 'invalidEmail'
  | 'invalidUrl'
  | 'invalidDate'
  | 'invalidPhone'
  | 'invalidCountry'
  | 'invalidSlug'
  | 'invalidChoice'
  | 'deadlinePassed'
  | 'idChanged'
  | CaseRule;

export type CaseCheck = { ok: true; case: Case } | { ok: false; problems: CaseProblem[] };

function problemOf(issue: z.core.$ZodIssue): CaseProblem {
  const path = issue.path.map(String).join('.');
  switch (issue.code) {
    case 'custom': {
      const params = (issue.params ?? {}) as { rule?: CaseRule; names?: string[] };
      return {
        path,
        problem: params.rule ?? 'required',
        ...(params.names ? { names: params.names } : {}),
      };
    }
    case 'too_small':
      return { path, problem: 'required' };
    case 'too_big':
      return { path, problem: 'tooLong', maximum: Number(issue.maximum) };
    case 'invalid_format':
      if (issue.format === 'email') return { path, problem: 'invalidEmail' };
      if (issue.format === 'url') return { path, problem: 'invalidUrl' };
      if (issue.format === 'date' || issue.format === 'datetime')
        return { path, problem: 'invalidDate' };
      if (/phone|fax/.test(path)) return { path, problem: 'invalidPhone' };
      if (path === 'country') return { path, problem: 'invalidCountry' };
      if (path === 'id' || path.endsWith('.id')) return { path, problem: 'invalidSlug' };
      return { path, problem: 'invalidChoice' };
    case 'invalid_value':
      return { path, problem: 'invalidChoice' };
    default:
      // A missing value (invalid_type on undefined) is by far the common case from the editor.
      return { path, problem: 'required' };
  }
}

/** Every problem zod found, one per field path: the first is the one worth fixing first. */
export function caseProblemsFrom(error: z.ZodError): CaseProblem[] {
  const byPath = new Map<string, CaseProblem>();
  for (const issue of error.issues) {
    const problem = problemOf(issue);
    if (!byPath.has(problem.path)) byPath.set(problem.path, problem);
  }
  return [...byPath.values()];
}

export interface PublishContext {
  /** The published version the edit started from; null for a new case. */
  base: Case | null;
  /** Today's date where the check runs (YYYY-MM-DD). */
  today: string;
}

/**
 * Checks a case a coordinator wants to publish: the case schema, and what only matters at the
 * moment of publishing — a newly set deadline must not already have passed (an old case's
 * passed deadline may stay, or it could never be closed), and a case keeps its slug.
 * The editor and the server run this same function.
 */
export function checkCaseForPublishing(input: unknown, context: PublishContext): CaseCheck {
  const parsed = caseSchema.safeParse(input);
  const problems = parsed.success ? [] : caseProblemsFrom(parsed.error);
  const candidate = (parsed.success ? parsed.data : input) as Partial<Case> | null;
  const deadline = candidate?.deadline;
  const deadlineIsNew = !context.base || context.base.deadline !== deadline;
  if (
    typeof deadline === 'string' &&
    deadlineIsNew &&
    candidate?.status !== 'closed' &&
    candidate?.status !== 'withdrawn' &&
    deadline < context.today &&
    !problems.some((p) => p.path === 'deadline')
  ) {
    problems.push({ path: 'deadline', problem: 'deadlinePassed' });
  }
  if (context.base && candidate?.id !== context.base.id) {
    problems.push({ path: 'id', problem: 'idChanged' });
  }
  if (problems.length > 0 || !parsed.success) return { ok: false, problems };
  return { ok: true, case: parsed.data };
}
