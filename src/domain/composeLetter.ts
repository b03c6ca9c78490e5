import { LETTER_CLOSING } from './appeal';
import type { Target } from './case';
import type { Language } from './language';

/**
 * The letter as it will be sent: the edited body with the member's own paragraph placed just
 * before the closing, where a reader expects a personal note, or at the end if the member
 * removed the closing.
 */
export function composeLetter(body: string, ownParagraph: string, language: Language): string {
  const own = ownParagraph.trim();
  if (!own) return body;
  const closing = LETTER_CLOSING[language];
  const at = body.lastIndexOf(closing);
  if (at === -1) return `${body.trimEnd()}\n\n${own}`;
  return `${body.slice(0, at)}${own}\n\n${body.slice(at)}`;
}

/** What a letter says about its target: the rendering for that target and the words naming them. */
export interface TargetRendering {
  body: string;
  salutation: string;
  targetName: string;
  /** Sample letters appeal to the target "as {{targetRole}}"; left as is when not given. */
  targetRole?: string;
  /** The target's own paragraph as rendered ('' for none); left as is when not given. */
  targetParagraph?: string;
}

/**
 * The body for another target of the same letter. An untouched body is simply the new target's
 * rendering; an edited one keeps the member's edits and only swaps what named the old target.
 */
export function retargetBody(
  body: string,
  previous: TargetRendering,
  next: TargetRendering,
): string {
  if (body === previous.body) return next.body;
  let result = body.replace(previous.salutation, next.salutation);
  // Before the names: the paragraph may contain the old target's name.
  const oldParagraph = previous.targetParagraph;
  const newParagraph = next.targetParagraph;
  if (oldParagraph && newParagraph !== undefined && result.includes(oldParagraph)) {
    result = newParagraph
      ? result.replace(oldParagraph, newParagraph)
      : result.replace(`\n\n${oldParagraph}`, '').replace(oldParagraph, '');
  }
  for (const key of ['targetName', 'targetRole'] as const) {
    const from = previous[key];
    const to = next[key];
    if (from && to !== undefined && from !== to) result = result.split(from).join(to);
  }
  if (!oldParagraph && newParagraph) result = placeParagraph(result, newParagraph, next.body);
  return result;
}

/**
 * Puts a target's own paragraph into an edited letter where the fresh letter to them has it: next
 * to the paragraph that follows it there (or precedes it), if the writer kept that one.
 */
function placeParagraph(body: string, paragraph: string, rendering: string): string {
  const parts = rendering.split(/\n\s*\n/);
  const at = parts.indexOf(paragraph);
  const after = at === -1 ? undefined : parts[at + 1];
  const before = at === -1 ? undefined : parts[at - 1];
  if (after && body.includes(after)) return body.replace(after, `${paragraph}\n\n${after}`);
  if (before && body.includes(before)) return body.replace(before, `${before}\n\n${paragraph}`);
  return body;
}

/** The salutations a letter to `target` may open with: the case's own first, then the others. */
export function salutationChoices(target: Target, language: Language): string[] {
  return [
    ...new Set([target.salutation[language], ...(target.otherSalutations?.[language] ?? [])]),
  ];
}

/**
 * Which of `choices` the letter opens with now, or null when the writer replaced it with their
 * own. The longest match wins, so "Dear Sir or Madam," is not read as "Dear Sir,".
 */
export function openingSalutation(body: string, choices: readonly string[]): string | null {
  const longestFirst = [...choices].sort((a, b) => b.length - a.length);
  const opening = body.trimStart();
  return (
    longestFirst.find((choice) => opening.startsWith(choice)) ??
    longestFirst.find((choice) => body.includes(choice)) ??
    null
  );
}

/** The body opening with `chosen` in place of the salutation it had; the rest as the writer left it. */
export function withSalutation(body: string, choices: readonly string[], chosen: string): string {
  const current = openingSalutation(body, choices);
  if (current === null) return `${chosen}\n\n${body.trimStart()}`;
  return body.replace(current, chosen);
}
