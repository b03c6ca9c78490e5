import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../domain/case';

// The QR code library comes with the first tap, not with the case page a first visit loads.
const CaseQrPanel = lazy(async () => ({ default: (await import('./CaseQrPanel')).CaseQrPanel }));

/** "Show QR code": a public case, opened on a passer-by's own phone. */
export function HandToPasserBy({ item }: { item: Case }) {
  const { t } = useTranslation('cases');
  const [shown, setShown] = useState(false);
  if (!item.public) return null;
  return (
    <section className="case-section" aria-labelledby="qr-heading">
      <h2 id="qr-heading">{t('qr.heading')}</h2>
      <button
        type="button"
        className="button button-secondary"
        aria-expanded={shown}
        onClick={() => setShown((value) => !value)}
      >
        {shown ? t('qr.hide') : t('qr.show')}
      </button>
      {shown && (
        <Suspense fallback={null}>
          <CaseQrPanel item={item} />
        </Suspense>
      )}
    </section>
  );
}
