import { useTranslation } from 'react-i18next';
import type { Target } from '../../domain/case';
import { NewTabLink } from '../../ui/NewTabLink';
import { useUiLanguage } from '../../ui/useUiLanguage';

// Dialers accept "+12028339860" everywhere; spaces inside a tel: URL confuse some of them.
function telHref(phone: string): string {
  return `tel:${phone.replace(/\s+/g, '')}`;
}

/** One person to write to, with every way of reaching them one tap away. */
export function TargetCard({ target }: { target: Target }) {
  const { t } = useTranslation('cases');
  const language = useUiLanguage();
  return (
    <li className="target">
      <h3>{target.name[language]}</h3>
      <p className="target-role">{target.role[language]}</p>
      <ul className="channels">
        {target.postalAddress && (
          <li className="channel">
            <span className="channel-label">{t('target.postalAddress')}</span>
            <span className="postal-address">{target.postalAddress.join('\n')}</span>
          </li>
        )}
        {target.email && (
          <li>
            <a className="channel" href={`mailto:${target.email}`}>
              <span className="channel-label">{t('target.email')}</span>
              <span className="channel-value">{target.email}</span>
            </a>
          </li>
        )}
        {target.phone && (
          <li>
            <a className="channel" href={telHref(target.phone)}>
              <span className="channel-label">{t('target.phone')}</span>
              <span className="channel-value">{target.phone}</span>
            </a>
          </li>
        )}
        {/* Text, not a tel: link: a phone would dial the fax machine and hear only its tone. */}
        {target.fax && (
          <li className="channel">
            <span className="channel-label">{t('target.fax')}</span>
            <span className="channel-value">{target.fax}</span>
          </li>
        )}
        {target.social.map((social) => (
          <li key={social.url}>
            <NewTabLink className="channel" href={social.url}>
              <span className="channel-label">{t(`social.${social.network}`)}</span>
              <span className="channel-value">{social.handle}</span>
            </NewTabLink>
          </li>
        ))}
        {target.contactFormUrl && (
          <li>
            <NewTabLink className="channel" href={target.contactFormUrl}>
              <span className="channel-value">{t('target.contactForm')}</span>
            </NewTabLink>
          </li>
        )}
        {target.lookupUrl && (
          <li>
            <NewTabLink className="channel" href={target.lookupUrl}>
              <span className="channel-value">{t('target.lookup')}</span>
            </NewTabLink>
          </li>
        )}
      </ul>
    </li>
  );
}
