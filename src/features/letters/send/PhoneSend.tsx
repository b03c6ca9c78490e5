import { useTranslation } from 'react-i18next';
import { renderCallScript } from '../../../domain/appeal';
import type { Case, Target } from '../../../domain/case';
import { localDate } from '../../../domain/deadline';
import type { Draft } from '../../../db/rows';
import { PhoneIcon } from './sendIcons';

// Dialers accept "+12028339860" everywhere; spaces inside a tel: URL confuse some of them.
function telHref(phone: string): string {
  return `tel:${phone.replace(/\s+/g, '')}`;
}

interface PhoneSendProps {
  phone: string;
  draft: Draft;
  theCase: Case;
  target: Target;
  onCalled: () => void;
}

export function PhoneSend({ phone, draft, theCase, target, onCalled }: PhoneSendProps) {
  const { t } = useTranslation('letters', { keyPrefix: 'send' });
  // The script is read to the target's office, so it is in the letter's language, not the UI's.
  const { t: tLetter } = useTranslation('letters', {
    lng: draft.language,
    keyPrefix: 'send.phone',
  });
  const script =
    renderCallScript({
      theCase,
      target,
      language: draft.language,
      sender: draft.sender,
      date: localDate(new Date()),
    }) ??
    tLetter('genericScript', {
      senderName: draft.sender.name.trim(),
      caseTitle: theCase.title[draft.language],
    });

  return (
    <li className="send-channel">
      <h3>{t('phone.title')}</h3>
      <p className="send-channel__detail">{t('phone.scriptLabel')}</p>
      <blockquote className="call-script" lang={draft.language}>
        {script}
      </blockquote>
      <a className="button send-action" href={telHref(phone)} onClick={onCalled}>
        <PhoneIcon />
        {t('phone.action', { phone })}
      </a>
    </li>
  );
}
