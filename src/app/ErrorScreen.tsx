import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../ui/useDocumentTitle';

export function ErrorScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('error.title'));
  return (
    <div className="message-screen" role="alert">
      <h1>{t('error.title')}</h1>
      <p>{t('error.text')}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('error.reload')}
      </button>
    </div>
  );
}
