import { useTranslation } from 'react-i18next';
import { formatSenderAddress, senderPlace } from '../../../domain/appeal';
import type { Target } from '../../../domain/case';
import { composeLetter } from '../../../domain/composeLetter';
import { localDate } from '../../../domain/deadline';
import { formatCalendarDate } from '../../../domain/calendarDate';
import type { Draft } from '../../../db/rows';
import { printedLetterParts, RECIPIENT_GREETING_LINE } from './letterLayout';

/**
 * The page as it goes into the envelope or the fax machine, laid out as a business letter in Peru
 * is: place and date, the recipient's name, post and address ("Presente.-" under them in a Spanish
 * letter), the subject, the letter, and the sender's name and address under the signature.
 */
export function PrintedLetter({
  draft,
  target,
  via,
}: {
  draft: Draft;
  target: Target;
  via: 'post' | 'fax';
}) {
  const { t } = useTranslation('letters', { keyPrefix: 'print' });
  const language = draft.language;
  const day = localDate(draft.sentAt ? new Date(draft.sentAt) : new Date());
  const place = senderPlace(draft.sender);
  const recipientLines = [
    target.name[language],
    target.role[language],
    ...(via === 'fax' && target.fax ? [`Fax: ${target.fax}`] : (target.postalAddress ?? [])),
  ].join('\n');
  const greetingLine = RECIPIENT_GREETING_LINE[language];
  const letter = composeLetter(draft.body, draft.ownParagraph, language);
  const { paragraphs, signedBy } = printedLetterParts(letter, language, draft.sender);
  const senderAddress = formatSenderAddress(draft.sender);

  return (
    <article className="print-sheet" lang={language} aria-label={t('sheetLabel')}>
      <p className="print-date">
        {place && `${place}, `}
        <time dateTime={day}>{formatCalendarDate(day, language)}</time>
      </p>
      <p className="print-recipient">{recipientLines}</p>
      {greetingLine && <p className="print-presente">{greetingLine}</p>}
      <p className="print-subject">{draft.subject}</p>
      <div className="print-body">
        {paragraphs.map((paragraph, i) => (
          <p key={i}>{paragraph}</p>
        ))}
      </div>
      <div className="print-signature">
        <div className="print-signature__line" />
        <p>{signedBy}</p>
        {/* A signature block the member rewrote is printed as they wrote it, address or not. */}
        {signedBy === draft.sender.name.trim() && senderAddress && (
          <address className="print-sender">{senderAddress}</address>
        )}
      </div>
    </article>
  );
}
