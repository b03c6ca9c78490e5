import { LETTER_CLOSING } from './appeal';
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
  for (const key of ['targetName', 'targetRole'] as const) {
    const from = previous[key];
    const to = next[key];
    if (from && to !== undefined && from !== to) result = result.split(from).join(to);
  }
  return result;
}
