import { formatSenderAddress, LETTER_CLOSING } from '../../../domain/appeal';
import type { Language } from '../../../domain/language';
import type { SenderDetails } from '../../../domain/appeal';

/**
 * The line a Peruvian business letter puts under the recipient's address, before the salutation:
 * "Presente.-" (the letter is handed to them in person). English letters have no such line.
 */
export const RECIPIENT_GREETING_LINE: Record<Language, string | null> = {
  en: null,
  es: 'Presente.-',
};

export interface PrintedLetterParts {
  /** Paragraphs up to and including the closing ("Atentamente,"). */
  paragraphs: string[];
  /** Under the signature line: the sender's name, and whatever else the member wrote there. */
  signedBy: string;
}

function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

/**
 * Splits the letter where the member signs it by hand. The sample letters end with the closing,
 * the sender's name and address; the printed page sets the address under the signature itself, so
 * an unedited block is reduced to the name, but anything the member changed there is kept.
 */
export function printedLetterParts(
  letter: string,
  language: Language,
  sender: SenderDetails,
): PrintedLetterParts {
  const closing = LETTER_CLOSING[language];
  const at = letter.lastIndexOf(closing);
  const name = sender.name.trim();
  if (at === -1) return { paragraphs: paragraphsOf(letter), signedBy: name };

  const end = at + closing.length;
  const afterClosing = letter.slice(end).trim();
  const signatureBlock = [name, formatSenderAddress(sender)].filter(Boolean).join('\n');
  const signedBy =
    afterClosing === '' || afterClosing === signatureBlock || afterClosing === name
      ? name
      : afterClosing;
  return { paragraphs: paragraphsOf(letter.slice(0, end)), signedBy };
}
