import { useState } from 'react';
import type { Case } from '../../domain/case';
import { caseInputFromForm, type CaseForm } from '../../domain/caseForm';
import { checkCaseForPublishing, type CaseProblem } from '../../domain/caseProblems';
import { localDate } from '../../domain/deadline';
import { publishCase } from '../../sync/coordinatorApi';
import { useDatabase } from '../../ui/DatabaseContext';

/** Where the last attempt to publish got to, in the terms the editor shows. */
export type PublishState =
  | { step: 'idle' }
  | { step: 'working' }
  | { step: 'problems'; problems: CaseProblem[]; fromServer: boolean }
  | { step: 'offline' }
  | { step: 'stale'; current: Case | null }
  | {
      step: 'failed';
      reason: 'not-joined' | 'not-authorized' | 'rate-limited' | 'refused' | 'server-error';
      message: string;
      status?: number;
    }
  | { step: 'published'; published: Case };

/**
 * Checks the case as the server will, then publishes it. Publishing needs the server, so a phone
 * without a connection is told at once and the draft stays as it is.
 */
export function usePublishCase() {
  const database = useDatabase();
  const [state, setState] = useState<PublishState>({ step: 'idle' });

  async function publish(form: CaseForm, baseVersion: number | null): Promise<PublishState> {
    const now = new Date();
    // The copy this phone holds is the published one the edit started from, or newer.
    const base = baseVersion === null ? null : ((await database.cases.get(form.id)) ?? null);
    const input = caseInputFromForm(form, {
      version: (baseVersion ?? 0) + 1,
      updatedAt: now.toISOString(),
    });
    const check = checkCaseForPublishing(input, {
      base,
      today: localDate(now),
    });
    let next: PublishState;
    if (!check.ok) {
      next = { step: 'problems', problems: check.problems, fromServer: false };
    } else if (!navigator.onLine) {
      next = { step: 'offline' };
    } else {
      setState({ step: 'working' });
      // The server stamps the version and the time; the editor sends only the case.
      const body = { ...input };
      delete body.version;
      delete body.updatedAt;
      const outcome = await publishCase(database, {
        baseVersion,
        case: { ...body, id: form.id.trim() },
      });
      if (outcome.ok) next = { step: 'published', published: outcome.case };
      else if (outcome.reason === 'stale') next = { step: 'stale', current: outcome.current };
      else if (outcome.reason === 'invalid')
        next = { step: 'problems', problems: outcome.problems, fromServer: true };
      else if (outcome.reason === 'unreachable') next = { step: 'offline' };
      else
        next = {
          step: 'failed',
          reason: outcome.reason,
          message: 'message' in outcome ? outcome.message : '',
          ...('status' in outcome ? { status: outcome.status } : {}),
        };
    }
    setState(next);
    return next;
  }

  return { state, publish, reset: () => setState({ step: 'idle' }) };
}
