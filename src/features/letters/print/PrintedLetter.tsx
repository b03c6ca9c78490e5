import { useTranslation } from 'react-i18next';
import { formatSenderAddress } from '../../../domain/appeal';
import type { Target } from '../../../domain/case';
import { composeLetter } from '../../../domain/composeLetter';
import { localDate } from '../../../domain/deadline';
import { formatCalendarDate } from '../../../domain/calendarDate';
import type { Draft } from '../../../db/rows';
import { printedLetterParts } from './letterLayout';

/** The page as it goes into the envelope or the fax machine. */
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
  const senderLines = [draft.sender.name.trim(), formatSenderAddress(draft.sender)]
    .filter(Boolean)
    .join('\n');
  const recipientLines = [
    target.name[language],
    target.role[language],
    ...(via === 'fax' && target.fax ? [`Fax: ${target.fax}`] : (target.postalAddress ?? [])),
  ].join('\n');
  const letter = composeLetter(draft.body, draft.ownParagraph, language);
  const { paragraphs, signedBy } = printedLetterParts(letter, language, draft.sender);

  return (
    <article className="print-sheet" lang={language} aria-label={t('sheetLabel')}>
      <address className="print-sender">{senderLines}</address>
      <p className="print-date">
        <time dateTime={day}>{formatCalendarDate(day, language)}</time>
      </p>
      <p className="print-recipient">{recipientLines}</p>
      <p className="print-subject">{draft.subject}</p>
      <div className="print-body">
        {paragraphs.map((paragraph, i) => (
          <p key={i}>{paragraph}</p>
        ))}
      </div>
      <div className="print-signature">
        <div className="print-signature__line" />
        <p>{signedBy}</p>
      </div>
    </article>
  );
}
