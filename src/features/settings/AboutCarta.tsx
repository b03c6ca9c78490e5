import { useTranslation } from 'react-i18next';
import { version } from '../../../package.json';
import { formatByteSize } from '../../ui/localeFormat';
import { useUiLanguage } from '../../ui/useUiLanguage';
import { useStorageUsage } from './useStorageUsage';

/** Version and storage: what a coordinator asks for first when a member reports a problem. */
export function AboutCarta() {
  const { t } = useTranslation('settings');
  const language = useUiLanguage();
  const storageUsage = useStorageUsage();
  return (
    <section className="settings-section">
      <h2>{t('about.heading')}</h2>
      <dl className="fact-list">
        <div>
          <dt>{t('about.version')}</dt>
          <dd>{version}</dd>
        </div>
        {storageUsage !== null && (
          <div>
            <dt>{t('about.storage')}</dt>
            <dd>{formatByteSize(storageUsage, language)}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
