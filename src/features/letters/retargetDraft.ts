import { renderAppeal } from '../../domain/appeal';
import type { Case, Target } from '../../domain/case';
import { retargetBody, type TargetRendering } from '../../domain/composeLetter';
import { localDate } from '../../domain/deadline';
import type { Draft } from '../../db/rows';

/** The calendar day a draft's letter was rendered for, so it can be rendered again identically. */
export function draftLetterDate(draft: Pick<Draft, 'createdAt'>): string {
  return localDate(new Date(draft.createdAt));
}

/**
 * The draft's text addressed to `to` instead of `from`: the new greeting, name and role, with
 * everything the member changed or added kept as they wrote it.
 */
export function retargetDraft(
  draft: Draft,
  theCase: Case,
  from: Target,
  to: Target,
): Pick<Draft, 'targetId' | 'subject' | 'body'> {
  const { language, sender } = draft;
  const date = draftLetterDate(draft);
  const naming = (target: Target) => {
    const rendered = renderAppeal({ theCase, target, language, sender, date });
    const words: Omit<TargetRendering, 'body'> = {
      salutation: target.salutation[language],
      targetName: target.name[language],
      targetRole: target.role[language],
    };
    return {
      subject: { ...words, body: rendered.subject },
      body: { ...words, body: rendered.body },
    };
  };
  const previous = naming(from);
  const next = naming(to);
  return {
    targetId: to.id,
    subject: retargetBody(draft.subject, previous.subject, next.subject),
    body: retargetBody(draft.body, previous.body, next.body),
  };
}
