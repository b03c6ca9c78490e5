import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { ProfileSettings } from '../profile';
import { PersistentStorageStatus } from './PersistentStorageStatus';
import { GroupSettings } from '../group';
import { CoordinatorSettings } from '../coordinator';
import { AboutCarta } from './AboutCarta';
import { LanguageChoice } from './LanguageChoice';

export function SettingsPage() {
  const { t } = useTranslation('settings');
  useDocumentTitle(t('title'));
  return (
    <div className="page">
      <h1>{t('title')}</h1>
      <LanguageChoice />
      <ProfileSettings />
      <GroupSettings />
      <CoordinatorSettings />
      <PersistentStorageStatus />
      <AboutCarta />
    </div>
  );
}
