import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useDocumentTitle } from './useDocumentTitle';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <div className="message-screen">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <Link href="/" className="button">
        {t('notFound.backToCases')}
      </Link>
    </div>
  );
}
