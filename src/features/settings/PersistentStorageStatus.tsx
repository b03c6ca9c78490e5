import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readPersistenceStatus, type PersistenceStatus } from '../../sync/persistentStorage';

/** Whether the browser promised to keep Carta's records when the phone runs short of space. */
export function PersistentStorageStatus() {
  const { t } = useTranslation('activity');
  const [status, setStatus] = useState<PersistenceStatus | null>(null);
  useEffect(() => {
    let current = true;
    void readPersistenceStatus().then((answer) => {
      if (current) setStatus(answer);
    });
    return () => {
      current = false;
    };
  }, []);
  return (
    <section className="settings-section">
      <h2>{t('storage.heading')}</h2>
      <dl className="fact-list">
        <div>
          <dt>{t('storage.label')}</dt>
          <dd>{status ? t(`storage.status.${status}`) : '…'}</dd>
        </div>
      </dl>
    </section>
  );
}
