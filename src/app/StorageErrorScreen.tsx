import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../ui/useDocumentTitle';

/** Shown instead of the app when IndexedDB cannot be opened: without it Carta can keep nothing. */
export function StorageErrorScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('storageError.title'));
  return (
    <>
      <header className="app-header">
        <span className="brand">{t('appName')}</span>
      </header>
      <main className="app-main message-screen" id="main">
        <h1>{t('storageError.title')}</h1>
        <p>{t('storageError.text')}</p>
        <p>{t('storageError.hint')}</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('storageError.reload')}
        </button>
      </main>
    </>
  );
}
