import { useTranslation } from 'react-i18next';
import { MessageScreen } from './MessageScreen';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <MessageScreen
      title={t('notFound.title')}
      text={t('notFound.text')}
      backLabel={t('notFound.backToCases')}
    />
  );
}
