import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useMembership } from '../group';
import './coordinator.css';

/** In Settings, on the coordinator's phone only: the way into the coordinator area. */
export function CoordinatorSettings() {
  const { t } = useTranslation('coordinator');
  const membership = useMembership()?.membership;
  if (membership?.role !== 'coordinator') return null;

  return (
    <section className="settings-section" aria-labelledby="coordinator-heading">
      <h2 id="coordinator-heading">{t('area.heading')}</h2>
      <p className="hint">{t('area.settingsText')}</p>
      <p>
        <Link href="/group" className="button">
          {t('area.link')}
        </Link>
      </p>
    </section>
  );
}
