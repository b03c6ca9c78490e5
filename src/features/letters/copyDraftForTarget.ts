import type { Case, Target } from '../../domain/case';
import type { Draft } from '../../db/rows';
import { retargetDraft } from './retargetDraft';

/**
 * A new, unsent draft of the same letter for another person of the case: the member's edits and
 * own paragraph come along, the greeting, name and role become the new person's.
 */
export function copyDraftForTarget(
  draft: Draft,
  theCase: Case,
  from: Target,
  to: Target,
  now: Date,
): Draft {
  const timestamp = now.toISOString();
  return {
    ...draft,
    ...retargetDraft(draft, theCase, from, to),
    id: crypto.randomUUID(),
    channel: null,
    sentAt: null,
    createdAt: timestamp,
    updatedAt: timestamp,
  };
}
