import { renderAppeal } from '../../domain/appeal';
import type { Case, Target } from '../../domain/case';
import { localDate } from '../../domain/deadline';
import type { Language } from '../../domain/language';
import type { Draft } from '../../db/rows';
import type { SenderDetails } from '../../domain/appeal';
import type { CartaDatabase } from '../../db/database';
import { caseBasisOf } from '../../db/caseBasis';

/**
 * A new draft for one target: the case's sample letter filled in for them, dated today. It
 * remembers what the case said then, so it can later tell the member what the group changed.
 */
export function newDraft(
  theCase: Case,
  target: Target,
  language: Language,
  sender: SenderDetails,
  now: Date,
): Draft {
  const { subject, body } = renderAppeal({
    theCase,
    target,
    language,
    sender,
    date: localDate(now),
  });
  const timestamp = now.toISOString();
  return {
    id: crypto.randomUUID(),
    caseId: theCase.id,
    targetId: target.id,
    language,
    channel: null,
    subject,
    body,
    ownParagraph: '',
    // Copied field by field: the draft keeps the details it was signed with, and a Profile
    // passed in brings its own id and timestamps, which do not belong in a draft.
    sender: {
      name: sender.name,
      address: sender.address,
      postcode: sender.postcode,
      email: sender.email,
    },
    createdAt: timestamp,
    updatedAt: timestamp,
    sentAt: null,
    caseBasis: caseBasisOf(theCase),
  };
}

/** One draft per chosen target, all saved or none, in the order the targets were given. */
export async function createDrafts(
  database: CartaDatabase,
  theCase: Case,
  targets: readonly Target[],
  language: Language,
  sender: SenderDetails,
  now: Date,
): Promise<Draft[]> {
  const drafts = targets.map((target) => newDraft(theCase, target, language, sender, now));
  await database.drafts.bulkAdd(drafts);
  return drafts;
}
