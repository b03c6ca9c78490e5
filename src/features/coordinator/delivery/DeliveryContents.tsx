import { useTranslation } from 'react-i18next';
import { summariseUndelivered, type UndeliveredFile } from '../../../domain/undeliveredFile';
import { formatMoment } from '../../../ui/relativeTime';
import { useUiLanguage } from '../../../ui/useUiLanguage';
import { useCaseLabels } from '../activity/useCaseLabels';

/** What a chosen file holds, for the coordinator to check before it goes to the server. */
export function DeliveryContents({
  file,
  name,
  sending,
  onDeliver,
}: {
  file: UndeliveredFile;
  name: string;
  /** Records sent so far while delivering; null when not delivering. */
  sending: number | null;
  onDeliver: () => void;
}) {
  const { t } = useTranslation('coordinator');
  const language = useUiLanguage();
  const caseLabel = useCaseLabels();
  const summary = summariseUndelivered(file.items);
  const saved = formatMoment(file.exportedAt, language);
  const total = file.items.length;

  return (
    <section className="area-block" aria-labelledby="deliver-contents-heading">
      <h2 id="deliver-contents-heading">{t('deliver.contents.heading')}</h2>
      <p className="delivery-file-name">{name}</p>
      <p>
        {file.deviceName
          ? t('deliver.contents.savedOn', { device: file.deviceName, date: saved })
          : t('deliver.contents.saved', { date: saved })}
      </p>
      {total === 0 ? (
        <p>{t('deliver.contents.empty')}</p>
      ) : (
        <>
          <ul className="delivery-contents">
            {summary.reportsByCase.map(({ caseId, count }) => (
              <li key={caseId}>
                {t('deliver.contents.reports', {
                  count,
                  case: caseLabel?.(caseId, language) ?? caseId,
                })}
              </li>
            ))}
            {summary.signUps > 0 && (
              <li>{t('deliver.contents.signUps', { count: summary.signUps })}</li>
            )}
          </ul>
          <button type="button" className="button" disabled={sending !== null} onClick={onDeliver}>
            {sending === null
              ? t('deliver.submit', { count: total })
              : t('deliver.sending', { sent: sending, total })}
          </button>
        </>
      )}
    </section>
  );
}
