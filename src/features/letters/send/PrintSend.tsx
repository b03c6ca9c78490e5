import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Target } from '../../../domain/case';
import type { Language } from '../../../domain/language';
import { PrinterIcon } from './sendIcons';

/** Post and fax both start from the printed letter; only what goes on the page differs. */
export function PrintSend({
  draftId,
  via,
  target,
  letterLanguage,
}: {
  draftId: string;
  via: 'post' | 'fax';
  target: Target;
  letterLanguage: Language;
}) {
  const { t } = useTranslation('letters', { keyPrefix: 'send' });
  const href = `/letters/${encodeURIComponent(draftId)}/print?via=${via}`;
  return (
    <li className="send-channel">
      <h3>{t(`${via}.title`)}</h3>
      {via === 'post' && target.postalAddress && (
        <>
          <p className="send-channel__detail">{t('post.hint')}</p>
          <p className="send-address">
            {[target.name[letterLanguage], ...target.postalAddress].join('\n')}
          </p>
        </>
      )}
      {via === 'fax' && target.fax && (
        <p className="send-channel__detail">{t('fax.hint', { fax: target.fax })}</p>
      )}
      <Link className="button send-action" href={href}>
        <PrinterIcon />
        {t(`${via}.action`)}
      </Link>
    </li>
  );
}
