import { useTranslation } from 'react-i18next';
import { Link, useSearch } from 'wouter';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useMembership } from '../group';
import { EarlierStalls } from './EarlierStalls';
import { StallSessionPanel } from './StallSessionPanel';
import { StartStallForm } from './StartStallForm';
import { useStallSessions } from './useStallSessions';
import '../../ui/forms.css';
import './stall.css';

/** The volunteer's side of a stall: start one, watch its counts, reopen or end it. */
export function StallPage() {
  const { t } = useTranslation('stall');
  useDocumentTitle(t('title'));
  const membershipView = useMembership();
  const sessions = useStallSessions();
  // A petition's own page links here with ?case=<id>, to start a stall for it.
  const linkedCase = new URLSearchParams(useSearch()).get('case') ?? undefined;
  if (!membershipView || !sessions) return null;
  const membership = membershipView.membership;
  const canSeal = Boolean(membership?.publicKey && membership.publicKeyId);

  return (
    <div className="page stall-page">
      <h1>{t('title')}</h1>
      <p className="page-intro">{t('intro')}</p>
      {sessions.current ? (
        <StallSessionPanel session={sessions.current} />
      ) : !membership ? (
        <div className="stall-needs-key">
          <p>{t('needsGroup')}</p>
          <Link href="/settings" className="button">
            {t('joinLink')}
          </Link>
        </div>
      ) : !canSeal ? (
        <div className="stall-needs-key">
          <p>{t('needsKey')}</p>
          <Link href="/activity" className="button button-secondary">
            {t('syncLink')}
          </Link>
        </div>
      ) : (
        <StartStallForm initialCaseId={linkedCase} />
      )}
      <EarlierStalls sessions={sessions.earlier} />
    </div>
  );
}
