import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ClipboardFallback } from './ClipboardFallback';
import { copyToClipboard } from '../../../ui/copyToClipboard';
import { CopyIcon, ShareIcon } from './sendIcons';

function canShare(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.share === 'function';
}

/** Copy and share work for any target: to a contact form, a messaging app, a note for later. */
export function LetterCopyActions({
  subject,
  text,
  onShared,
}: {
  subject: string;
  text: string;
  onShared: () => void;
}) {
  const { t } = useTranslation('letters', { keyPrefix: 'send' });
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');

  async function copyLetter() {
    setCopy((await copyToClipboard(text)) ? 'copied' : 'failed');
  }

  async function share() {
    try {
      await navigator.share({ title: subject, text });
      onShared();
    } catch {
      // The member closed the share sheet (AbortError) or the browser refused: nothing was sent.
    }
  }

  return (
    <div className="letter-copy-actions">
      <div className="send-row">
        <button
          type="button"
          className="button send-button-secondary"
          onClick={() => void copyLetter()}
        >
          <CopyIcon />
          {t('copy.action')}
        </button>
        {canShare() && (
          <button
            type="button"
            className="button send-button-secondary"
            onClick={() => void share()}
          >
            <ShareIcon />
            {t('share.action')}
          </button>
        )}
      </div>
      {copy === 'copied' && (
        <p role="status" className="send-done">
          {t('copy.copied')}
        </p>
      )}
      {copy === 'failed' && <ClipboardFallback text={text} instructions={t('copy.failed')} />}
    </div>
  );
}
