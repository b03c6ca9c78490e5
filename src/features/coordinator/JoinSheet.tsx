import { useTranslation } from 'react-i18next';
import { QrCode } from '../../ui/QrCode';

/**
 * A page to print for a group meeting: point a phone's camera at the code, open the link, join.
 * The code is also written out for a phone without a camera app that reads QR codes.
 */
export function JoinSheet({
  groupName,
  joinLink,
  serverUrl,
  code,
}: {
  groupName: string;
  joinLink: string;
  serverUrl: string;
  code: string;
}) {
  const { t } = useTranslation('coordinator');
  return (
    <section className="join-sheet" aria-labelledby="join-sheet-heading">
      <h2 id="join-sheet-heading">{t('joinSheet.heading', { group: groupName })}</h2>
      <p>{t('joinSheet.intro')}</p>
      <QrCode text={joinLink} label={t('joinSheet.qrLabel')} />
      <ol className="join-sheet-steps">
        <li>{t('joinSheet.step1')}</li>
        <li>{t('joinSheet.step2')}</li>
        <li>{t('joinSheet.step3')}</li>
      </ol>
      <p className="join-sheet-manual">{t('joinSheet.manual')}</p>
      <dl className="fact-list">
        <div>
          <dt>{t('joinSheet.server')}</dt>
          <dd>{serverUrl}</dd>
        </div>
        <div>
          <dt>{t('joinSheet.code')}</dt>
          <dd className="join-code">{code}</dd>
        </div>
      </dl>
    </section>
  );
}
