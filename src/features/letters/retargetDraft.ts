import { renderAppeal, renderTargetParagraph } from '../../domain/appeal';
import type { Case, Target } from '../../domain/case';
import {
  openingSalutation,
  retargetBody,
  salutationChoices,
  type TargetRendering,
} from '../../domain/composeLetter';
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
  const naming = (target: Target, salutation: string) => {
    const input = { theCase, target, language, sender, date };
    const rendered = renderAppeal(input);
    const words: Omit<TargetRendering, 'body'> = {
      salutation,
      targetName: target.name[language],
      targetRole: target.role[language],
      targetParagraph: renderTargetParagraph(input),
    };
    return {
      subject: { ...words, body: rendered.subject },
      body: { ...words, body: rendered.body },
    };
  };
  // The writer may have chosen one of the old target's other salutations: that is the one to swap.
  const chosen = openingSalutation(draft.body, salutationChoices(from, language));
  const previous = naming(from, chosen ?? from.salutation[language]);
  const next = naming(to, to.salutation[language]);
  return {
    targetId: to.id,
    subject: retargetBody(draft.subject, previous.subject, next.subject),
    body: retargetBody(draft.body, previous.body, next.body),
  };
}
