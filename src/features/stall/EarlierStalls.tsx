import { useTranslation } from 'react-i18next';
import { formatMoment } from '../../ui/relativeTime';
import { useUiLanguage } from '../../ui/useUiLanguage';
import type { StallSession } from '../../db/rows';

export function EarlierStalls({ sessions }: { sessions: StallSession[] }) {
  const { t } = useTranslation('stall');
  const language = useUiLanguage();
  if (sessions.length === 0) return null;
  return (
    <section aria-labelledby="earlier-stalls-heading">
      <h2 id="earlier-stalls-heading">{t('history.heading')}</h2>
      <ul className="stall-history">
        {sessions.map((session) => (
          <li key={session.id}>
            <strong>{session.place}</strong>, {formatMoment(session.startedAt, language)}
            <br />
            {t('history.summary', {
              signed: t('history.signed', { count: session.signupCount }),
              delivered: t('history.delivered', { count: session.deliveredCount }),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
