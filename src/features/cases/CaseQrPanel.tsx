import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../domain/case';
import { QrCode } from '../../ui/QrCode';
import { useUiLanguage } from '../../ui/useUiLanguage';

/** The address a passer-by's own phone opens: the case on the group's server, no joining. */
export function publicCaseLink(caseId: string): string {
  return `${window.location.origin}/cases/${encodeURIComponent(caseId)}`;
}

/**
 * Hands the case to a passer-by: a QR code their camera opens, drawn on this phone so it works at
 * a stall without signal, and the browser's own sharing where it has one.
 */
export function CaseQrPanel({ item }: { item: Case }) {
  const { t } = useTranslation('cases');
  const language = useUiLanguage();
  const link = publicCaseLink(item.id);
  const [shareFailed, setShareFailed] = useState(false);
  const canShare = typeof navigator.share === 'function';

  async function share() {
    try {
      await navigator.share({ title: item.title[language], url: link });
    } catch (error) {
      // The member closing the share sheet is not a failure worth a message.
      if (!(error instanceof DOMException && error.name === 'AbortError')) setShareFailed(true);
    }
  }

  return (
    <div className="case-qr">
      <p>{t('qr.intro')}</p>
      <QrCode text={link} label={t('qr.label', { title: item.title[language] })} />
      <p className="case-qr-link">{link}</p>
      {canShare && (
        <button type="button" className="button button-secondary" onClick={() => void share()}>
          {t('qr.share')}
        </button>
      )}
      {shareFailed && <p role="alert">{t('qr.shareFailed')}</p>}
    </div>
  );
}
