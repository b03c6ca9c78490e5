import type { Case, Target } from './case';
import type { Language } from './language';
import { LETTER_PLACEHOLDERS, type LetterPlaceholder } from './letterPlaceholders';
import { formatCalendarDate } from './calendarDate';

/** Who signs an appeal: the member, as their profile says, copied into each draft. */
export interface SenderDetails {
  name: string;
  /** Lines of the member's postal address, postcode included where the country puts it. */
  address: string;
  postcode: string;
  email: string;
}

export const LETTER_CLOSING: Record<Language, string> = {
  en: 'Yours sincerely,',
  es: 'Atentamente,',
};

export interface AppealInput {
  theCase: Case;
  target: Target;
  language: Language;
  sender: SenderDetails;
  /** The day the letter is dated, `YYYY-MM-DD`. */
  date: string;
}

export interface RenderedAppeal {
  subject: string;
  body: string;
}

export class AppealTemplateError extends Error {
  constructor(
    message: string,
    readonly placeholder: string,
  ) {
    super(message);
    this.name = 'AppealTemplateError';
  }
}

/** The sender's address block: the address lines, then the postcode unless already written in them. */
export function formatSenderAddress(sender: SenderDetails): string {
  const lines = sender.address
    .split(/\r?\n|,\s*/)
    .map((line) => line.trim())
    .filter(Boolean);
  const postcode = sender.postcode.trim();
  const hasPostcode =
    postcode !== '' && lines.some((line) => line.toUpperCase().includes(postcode.toUpperCase()));
  if (postcode && !hasPostcode) lines.push(postcode);
  return lines.join('\n');
}

/**
 * Where the letter is written, for the "place, date" line a printed letter opens with: the town
 * that ends the sender's address, without the postcode. Empty when the address is a single line,
 * which more likely names the street than the town.
 */
export function senderPlace(sender: SenderDetails): string {
  const postcode = sender.postcode.trim().toUpperCase();
  const withoutPostcode = (line: string) => {
    const at = postcode ? line.toUpperCase().indexOf(postcode) : -1;
    const rest = at === -1 ? line : `${line.slice(0, at)} ${line.slice(at + postcode.length)}`;
    return rest.replace(/\s+/g, ' ').trim();
  };
  // A line with no word in it (a postcode such as "B72 1AA" typed into the address) names no place.
  const lines = sender.address
    .split(/\r?\n|,\s*/)
    .map(withoutPostcode)
    .filter((line) => /\p{L}{3}/u.test(line));
  return lines.length < 2 ? '' : (lines.at(-1) ?? '');
}

function placeholderValues(input: AppealInput): Record<LetterPlaceholder, string> {
  const { target, language, sender, date } = input;
  const values: Record<LetterPlaceholder, string> = {
    salutation: target.salutation[language],
    targetName: target.name[language],
    targetRole: target.role[language],
    targetParagraph: '',
    date: formatCalendarDate(date, language),
    senderName: sender.name.trim(),
    senderAddress: formatSenderAddress(sender),
    closing: LETTER_CLOSING[language],
  };
  // The paragraph may name the target too; filled with the same words, and never with itself.
  const paragraph = target.paragraph?.[language];
  if (paragraph) values.targetParagraph = fill(paragraph, values);
  return values;
}

function fill(template: string, values: Record<LetterPlaceholder, string>): string {
  // A target without a paragraph of its own leaves no empty paragraph where it would have been.
  const text =
    values.targetParagraph === ''
      ? template.replace(/(?:\r?\n[ \t]*)*\{\{\s*targetParagraph\s*\}\}[ \t]*/g, '').trimStart()
      : template;
  return text.replace(/\{\{\s*([^{}]*?)\s*\}\}/g, (_match, name: string) => {
    if (!(LETTER_PLACEHOLDERS as readonly string[]).includes(name)) {
      throw new AppealTemplateError(`Unknown placeholder {{${name}}} in the sample letter`, name);
    }
    return values[name as LetterPlaceholder];
  });
}

/**
 * The case's sample letter in `language`, addressed to `target` and signed by `sender`, with every
 * placeholder resolved. Throws rather than letting a literal "{{…}}" reach an official.
 */
export function renderAppeal(input: AppealInput): RenderedAppeal {
  const letter = input.theCase.sampleLetter?.[input.language];
  if (!letter) {
    throw new AppealTemplateError(`Case ${input.theCase.id} has no sample letter`, '');
  }
  const values = placeholderValues(input);
  return { subject: fill(letter.subject, values), body: fill(letter.body, values) };
}

/** The case's call script in `language` with the target and caller filled in, or null if it has none. */
export function renderCallScript(input: AppealInput): string | null {
  const script = input.theCase.callScript?.[input.language];
  return script ? fill(script, placeholderValues(input)) : null;
}

/** The target's own paragraph as the letter to them says it, or '' when they have none. */
export function renderTargetParagraph(input: AppealInput): string {
  return placeholderValues(input).targetParagraph;
}
