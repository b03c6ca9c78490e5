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

function placeholderValues(input: AppealInput): Record<LetterPlaceholder, string> {
  const { target, language, sender, date } = input;
  return {
    salutation: target.salutation[language],
    targetName: target.name[language],
    targetRole: target.role[language],
    date: formatCalendarDate(date, language),
    senderName: sender.name.trim(),
    senderAddress: formatSenderAddress(sender),
    closing: LETTER_CLOSING[language],
  };
}

function fill(template: string, values: Record<LetterPlaceholder, string>): string {
  return template.replace(/\{\{\s*([^{}]*?)\s*\}\}/g, (_match, name: string) => {
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
