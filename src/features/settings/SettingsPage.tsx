import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { ProfileSettings } from '../profile/ProfileSettings';
import { PersistentStorageStatus } from '../activity/PersistentStorageStatus';
import { GroupSettings } from '../group/GroupSettings';
import { CoordinatorSettings } from '../coordinator/CoordinatorSettings';
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
