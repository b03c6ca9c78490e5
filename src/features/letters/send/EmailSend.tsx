import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildMailto } from '../../../domain/mailto';
import { ClipboardFallback } from './ClipboardFallback';
import { copyToClipboard } from '../../../ui/copyToClipboard';
import { EnvelopeIcon } from '../../../ui/icons';

interface EmailSendProps {
  to: string;
  subject: string;
  text: string;
  onOpened: () => void;
}

type ClipboardState = 'idle' | 'copied' | 'failed';

export function EmailSend({ to, subject, text, onOpened }: EmailSendProps) {
  const { t } = useTranslation('letters', { keyPrefix: 'send' });
  const mailto = buildMailto(to, subject, text);
  const [clipboard, setClipboard] = useState<ClipboardState>('idle');

  function open() {
    // The copy starts inside the tap, while the page still has the user's activation; the link
    // then opens the mail app as usual, so nothing depends on a navigation made from code.
    if (!mailto.includesBody) {
      void copyToClipboard(text).then((copied) => setClipboard(copied ? 'copied' : 'failed'));
    }
    onOpened();
  }

  return (
    <li className="send-channel">
      <h3>{t('email.title')}</h3>
      <p className="send-channel__detail">{t('email.to', { address: to })}</p>
      {!mailto.includesBody && <p className="hint">{t('email.tooLong')}</p>}
      <a className="button send-action" href={mailto.href} onClick={open}>
        <EnvelopeIcon width="20" height="20" />
        {t('email.action')}
      </a>
      {clipboard === 'copied' && (
        <p role="status" className="send-done">
          {t('email.copied')}
        </p>
      )}
      {clipboard === 'failed' && (
        <ClipboardFallback text={text} instructions={t('email.copyFailed')} />
      )}
    </li>
  );
}
