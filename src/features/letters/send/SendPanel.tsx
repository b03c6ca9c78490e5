import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case, Target } from '../../../domain/case';
import { composeLetter } from '../../../domain/composeLetter';
import { localDate } from '../../../domain/deadline';
import type { Draft } from '../../../db/rows';
import type { Channel } from '../../../domain/channels';
import { formatCalendarDate } from '../../../domain/calendarDate';
import { useUiLanguage } from '../../../ui/useUiLanguage';
import { EmailSend } from './EmailSend';
import { LetterCopyActions } from './LetterCopyActions';
import { forgetPrinted, printedAwaitingAnswer } from './pendingSentQuestion';
import { PhoneSend } from './PhoneSend';
import { PrintSend } from './PrintSend';
import { SentQuestion } from './SentQuestion';
import { sendChannels } from './sendChannels';
import { SocialSend } from './SocialSend';
import './send.css';

export interface SendPanelProps {
  draft: Draft;
  theCase: Case;
  /** The draft's current target: only the channels it has are offered. */
  target: Target;
}

interface Question {
  channel: Channel | null;
  /** A new send action asks afresh, even if the last question is still open. */
  askedAt: number;
}

interface SentRecord {
  channel: Channel;
  sentAt: string;
}

export function SendPanel({ draft, theCase, target }: SendPanelProps) {
  const { t } = useTranslation('letters', { keyPrefix: 'send' });
  const uiLanguage = useUiLanguage();
  const titleId = useId();
  const statusRef = useRef<HTMLParagraphElement>(null);
  const [question, setQuestion] = useState<Question | null>(() => {
    const printedFor = printedAwaitingAnswer(draft.id);
    return printedFor ? { channel: printedFor, askedAt: Date.now() } : null;
  });
  // Kept here as well as in the draft, so the answer shows at once whatever the parent re-reads.
  const [marked, setMarked] = useState<SentRecord | null>(null);
  const channels = sendChannels(target);
  const letter = composeLetter(draft.body, draft.ownParagraph, draft.language);
  const sent: SentRecord | null =
    marked ??
    (draft.sentAt && draft.channel ? { channel: draft.channel, sentAt: draft.sentAt } : null);

  // Asked once: coming back here again later should not ask about the same printing again.
  useEffect(() => {
    if (printedAwaitingAnswer(draft.id)) forgetPrinted();
  }, [draft.id]);

  function ask(channel: Channel | null) {
    setQuestion({ channel, askedAt: Date.now() });
  }

  function onMarked(channel: Channel, sentAt: Date) {
    setMarked({ channel, sentAt: sentAt.toISOString() });
    setQuestion(null);
    // The question is gone; the answer takes its place for keyboard and screen reader users.
    requestAnimationFrame(() => statusRef.current?.focus());
  }

  return (
    <section className="send-panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('title')}</h2>
      <p ref={statusRef} role="status" tabIndex={-1} className="send-status">
        {sent &&
          t(`sentAs.${sent.channel}`, {
            date: formatCalendarDate(localDate(new Date(sent.sentAt)), uiLanguage),
          })}
      </p>
      {question && (
        <SentQuestion
          key={question.askedAt}
          draftId={draft.id}
          channel={question.channel}
          channels={channels}
          onMarked={onMarked}
          onNotYet={() => setQuestion(null)}
        />
      )}
      <ul className="send-channels">
        {target.email && (
          <EmailSend
            to={target.email}
            subject={draft.subject}
            text={letter}
            onOpened={() => ask('email')}
          />
        )}
        {target.postalAddress && (
          <PrintSend
            draftId={draft.id}
            via="post"
            target={target}
            letterLanguage={draft.language}
          />
        )}
        {target.fax && (
          <PrintSend draftId={draft.id} via="fax" target={target} letterLanguage={draft.language} />
        )}
        {target.phone && (
          <PhoneSend
            phone={target.phone}
            draft={draft}
            theCase={theCase}
            target={target}
            onCalled={() => ask('phone')}
          />
        )}
        {target.social.length > 0 && (
          <SocialSend
            handles={target.social}
            message={theCase.socialPost?.[draft.language] ?? theCase.title[draft.language]}
            onPosted={() => ask('social')}
          />
        )}
      </ul>
      <LetterCopyActions subject={draft.subject} text={letter} onShared={() => ask(null)} />
    </section>
  );
}
