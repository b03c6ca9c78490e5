import { useId } from 'react';
import type { TFunction } from 'i18next';
import type { ConsentText } from '../../domain/stallConsent';

/**
 * The privacy notice under a sign-up form, the stall's or the member's own: the same words a
 * signer consents under, so both pages show it from one place. `t` is the form's, in the signer's
 * language.
 */
export function PrivacyNotice({ t, consent }: { t: TFunction<'stall'>; consent: ConsentText }) {
  const headingId = useId();
  return (
    <section className="kiosk-privacy" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('kiosk.privacyHeading')}</h2>
      {consent.privacy.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
    </section>
  );
}
