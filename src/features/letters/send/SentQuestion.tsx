import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../domain/channels';
import { useDatabase } from '../../../ui/DatabaseContext';
import { recordSentLetter } from '../recordSentLetter';

export interface SentQuestionProps {
  draftId: string;
  /** The channel the member just used; null when it cannot be known (a share sheet), so they pick. */
  channel: Channel | null;
  /** The target's channels, offered when `channel` is null. */
  channels: readonly Channel[];
  onMarked: (channel: Channel, sentAt: Date) => void;
  onNotYet: () => void;
}

/**
 * Asks after a send action whether the letter really went: opening the mail app or the print
 * dialogue proves nothing. Not a modal: the member may want to check the letter before answering.
 */
export function SentQuestion({
  draftId,
  channel,
  channels,
  onMarked,
  onNotYet,
}: SentQuestionProps) {
  const { t } = useTranslation('letters', { keyPrefix: 'send' });
  const database = useDatabase();
  const panelRef = useRef<HTMLElement>(null);
  const titleId = useId();
  const [chosen, setChosen] = useState<Channel | null>(channel ?? channels[0] ?? null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    panelRef.current?.focus();
  }, []);

  async function confirm() {
    if (!chosen) return;
    const now = new Date();
    try {
      await recordSentLetter(database, { id: draftId }, chosen, now);
      onMarked(chosen, now);
    } catch {
      setFailed(true);
    }
  }

  return (
    <section className="sent-question" aria-labelledby={titleId} tabIndex={-1} ref={panelRef}>
      <h3 id={titleId}>{t('question.title')}</h3>
      {channel === null && (
        <fieldset className="sent-question__channels">
          <legend>{t('question.how')}</legend>
          {channels.map((option) => (
            <label key={option} className="choice">
              <input
                type="radio"
                name={`${titleId}-channel`}
                value={option}
                checked={chosen === option}
                onChange={() => setChosen(option)}
              />
              {t(`channel.${option}`)}
            </label>
          ))}
        </fieldset>
      )}
      {failed && (
        <p role="alert" className="send-error">
          {t('question.failed')}
        </p>
      )}
      <div className="sent-question__actions">
        <button type="button" className="button" onClick={() => void confirm()}>
          {t('question.yes')}
        </button>
        <button type="button" className="button send-button-secondary" onClick={onNotYet}>
          {t('question.notYet')}
        </button>
      </div>
    </section>
  );
}
