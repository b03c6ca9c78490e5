import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearch } from 'wouter';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useMembership } from '../group';
import { signUpsPaused } from '../../sync/groupKeyPin';
import { EarlierStalls } from './EarlierStalls';
import { GroupKeyCheck } from './GroupKeyCheck';
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
  const [keyConfirmed, setKeyConfirmed] = useState(false);
  const confirmedRef = useRef<HTMLParagraphElement>(null);
  const membership = membershipView?.membership ?? null;
  const offered = signUpsPaused(membership) ? (membership?.offeredKey ?? null) : null;
  const showConfirmed = keyConfirmed && !offered;
  // The check's buttons go once the key is confirmed; the news of it is where focus goes next.
  useEffect(() => {
    if (showConfirmed) confirmedRef.current?.focus();
  }, [showConfirmed]);
  if (!membershipView || !sessions) return null;
  const canSeal = Boolean(membership?.publicKey && membership.publicKeyId);

  return (
    <div className="page stall-page">
      <h1>{t('title')}</h1>
      <p className="page-intro">{t('intro')}</p>
      <p className="stall-key-confirmed" role="status" tabIndex={-1} ref={confirmedRef}>
        {showConfirmed ? t('keyCheck.confirmed') : ''}
      </p>
      {offered && (
        <GroupKeyCheck
          key={offered.fingerprint}
          offered={offered}
          onConfirmed={() => setKeyConfirmed(true)}
        />
      )}
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
      ) : offered ? null : (
        <StartStallForm initialCaseId={linkedCase} />
      )}
      <EarlierStalls sessions={sessions.earlier} />
    </div>
  );
}
