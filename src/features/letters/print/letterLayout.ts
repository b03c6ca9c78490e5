import { formatSenderAddress, LETTER_CLOSING } from '../../../domain/appeal';
import type { Language } from '../../../domain/language';
import type { SenderDetails } from '../../../domain/appeal';

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
 * the sender's name and address; the printed page already has the address at the top, so an
 * unedited address block is not printed twice, but anything the member changed there is kept.
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
