import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { currentInstallPlatform } from './installPlatform';
import { useInstallPrompt } from './useInstallPrompt';
import './welcome.css';

/**
 * A newcomer's first screen, above the case list: what Carta is, that it works offline, how to
 * join the group and how to install it. Skipped or read, it is gone for good.
 */
export function WelcomeCard({ onDismiss }: { onDismiss: () => void }) {
  const { t } = useTranslation('welcome');
  const headingId = useId();
  return (
    <section className="welcome" aria-labelledby={headingId}>
      <div className="welcome-top">
        <h2 id={headingId}>{t('heading')}</h2>
        <button type="button" className="button button-small button-secondary" onClick={onDismiss}>
          {t('skip')}
        </button>
      </div>
      <p>{t('what')}</p>
      <p>{t('join.text')}</p>
      <div className="welcome-actions">
        <Link href="/settings" className="button button-secondary">
          {t('join.link')}
        </Link>
        <button type="button" className="button" onClick={onDismiss}>
          {t('done')}
        </button>
      </div>
      <InstallHelp />
    </section>
  );
}

function InstallHelp() {
  const { t } = useTranslation('welcome');
  const [platform] = useState(currentInstallPlatform);
  const install = useInstallPrompt();
  const [installed, setInstalled] = useState(false);
  if (platform === 'installed' || installed) return null;
  if (!install.canPrompt && platform === 'other') return null;
  return (
    <details className="welcome-install">
      <summary>{t('install.heading')}</summary>
      <p>{t('install.why')}</p>
      {install.canPrompt ? (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void install.prompt().then(setInstalled)}
        >
          {t('install.button')}
        </button>
      ) : (
        <p>{t(platform === 'iphone' ? 'install.iphone' : 'install.android')}</p>
      )}
    </details>
  );
}
