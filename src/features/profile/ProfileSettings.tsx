import { useTranslation } from 'react-i18next';
import { ProfileForm } from './ProfileForm';
import { useProfile } from './useProfile';

/** The Settings section where a member enters or corrects the details their letters are signed with. */
export function ProfileSettings() {
  const { t } = useTranslation('profile');
  const profile = useProfile();
  return (
    <section className="settings-section profile-settings" aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('heading')}</h2>
      {/* Mounted only once the stored details are read, so the form starts from them. */}
      {profile !== undefined && <ProfileForm initial={profile} submitLabel={t('save')} />}
    </section>
  );
}
