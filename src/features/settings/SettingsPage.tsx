import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { AboutCarta } from './AboutCarta';
import { LanguageChoice } from './LanguageChoice';

export function SettingsPage() {
  const { t } = useTranslation('settings');
  useDocumentTitle(t('title'));
  return (
    <div className="page">
      <h1>{t('title')}</h1>
      <LanguageChoice />
      <AboutCarta />
    </div>
  );
}
