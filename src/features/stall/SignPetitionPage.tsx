import { useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { OutboxItem } from '../../db/rows';
import { formatMoment } from '../../ui/relativeTime';
import { consentText, petitionRecipient } from '../../domain/stallConsent';
import { StorageFullError } from '../../sync/outbox';
import { queueOwnSignature } from '../../sync/queueSignUp';
import { useDatabase } from '../../ui/DatabaseContext';
import { DeliveryStatus } from '../../ui/DeliveryStatus';
import { BackIcon } from '../../ui/icons';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useUiLanguage } from '../../ui/useUiLanguage';
import { useMembership } from '../group';
import { useProfile } from '../profile';
import { OwnSignatureForm } from './OwnSignatureForm';
import type { SignupSaveOutcome } from './KioskSignupForm';
import { personalDataOf, type SignupFormValues } from './signupFormValidation';
import { useOwnSignature } from './useOwnSignature';
import { useSealingKey } from './useSealingKey';
import { PrivacyNotice } from './PrivacyNotice';
import '../../ui/forms.css';
import './stall.css';
import { signUpsPaused } from '../../sync/groupKeyPin';

/**
 * A member signing an open petition on their own phone: the kiosk's fields and consent words, their
 * own details to start from, and the signature sealed to the group's key and queued like a stall's.
 */
export function SignPetitionPage({ caseId }: { caseId: string }) {
  const { t } = useTranslation('stall');
  const database = useDatabase();
  const theCase = useLiveQuery(
    async () => (await database.cases.get(caseId)) ?? null,
    [database, caseId],
  );
  const membershipView = useMembership();
  const signature = useOwnSignature(caseId);
  const language = useUiLanguage();
  const [justSigned, setJustSigned] = useState(false);
  useDocumentTitle(t('own.heading'));
  if (theCase === undefined || membershipView === undefined || signature === undefined) {
    return null;
  }
  const membership = membershipView.membership;
  const open = theCase?.kind === 'petition' && theCase.status === 'open';
  const canSeal = Boolean(membership?.publicKey && membership.publicKeyId);

  return (
    <div className="page own-signature-page">
      <Link href={`/cases/${encodeURIComponent(caseId)}`} className="back-link">
        <BackIcon />
        {t('own.back')}
      </Link>
      <h1>{t('own.heading')}</h1>
      {theCase && <p className="kiosk-case">{theCase.title[language]}</p>}
      {!open ? (
        <p>{t('own.notOpen')}</p>
      ) : signature ? (
        <SignatureStanding signature={signature} justSigned={justSigned} />
      ) : !membership ? (
        <div className="stall-needs-key">
          <p>{t('own.needsGroup')}</p>
          <Link href="/settings" className="button">
            {t('joinLink')}
          </Link>
        </div>
      ) : signUpsPaused(membership) ? (
        <div className="stall-needs-key">
          <p>{t('own.keyChanged')}</p>
          <Link href="/stall" className="button">
            {t('own.checkKey')}
          </Link>
        </div>
      ) : !canSeal ? (
        <div className="stall-needs-key">
          <p>{t('own.needsKey')}</p>
          <Link href="/activity" className="button button-secondary">
            {t('syncLink')}
          </Link>
        </div>
      ) : (
        <SignHere caseId={caseId} onSigned={() => setJustSigned(true)} />
      )}
      {open && (
        <p className="own-signature-stall">
          <Link href={`/stall?case=${encodeURIComponent(caseId)}`}>{t('own.startStall')}</Link>
        </p>
      )}
    </div>
  );
}

/** The form, the consent words it quotes and the privacy notice, in the member's language. */
function SignHere({ caseId, onSigned }: { caseId: string; onSigned: () => void }) {
  const { t } = useTranslation('stall');
  const database = useDatabase();
  const language = useUiLanguage();
  const membership = useMembership()?.membership ?? null;
  const profile = useProfile();
  const sealing = useSealingKey();
  const theCase = useLiveQuery(() => database.cases.get(caseId), [database, caseId]);
  if (profile === undefined) return null;

  const consent = consentText(language, {
    groupName: membership?.groupName ?? '',
    recipient: petitionRecipient(theCase, language),
    contact: membership?.contact ?? null,
    retentionDays: membership?.signupRetentionDays ?? null,
  });

  async function sign(values: SignupFormValues): Promise<SignupSaveOutcome> {
    if (!sealing) return 'failed';
    try {
      await queueOwnSignature(
        database,
        caseId,
        personalDataOf(values),
        { petition: values.petition, updates: values.updates, language },
        sealing,
      );
      onSigned();
      return 'saved';
    } catch (error) {
      return error instanceof StorageFullError ? 'storage-full' : 'failed';
    }
  }

  return (
    <>
      <p className="page-intro">{t('own.intro')}</p>
      <OwnSignatureForm
        t={t}
        consent={consent}
        ownDetails={{
          name: profile?.name ?? '',
          email: profile?.email ?? '',
          postcode: profile?.postcode ?? '',
        }}
        onSign={sign}
      />
      <PrivacyNotice t={t} consent={consent} />
    </>
  );
}

/** What became of the member's signature: saved on this phone, then delivered. */
function SignatureStanding({
  signature,
  justSigned,
}: {
  signature: OutboxItem;
  justSigned: boolean;
}) {
  const { t } = useTranslation('stall');
  const language = useUiLanguage();
  const standingRef = useRef<HTMLDivElement>(null);
  // It takes the form's place the moment the signature is saved: the member's focus comes with it.
  useEffect(() => {
    if (justSigned) standingRef.current?.focus();
  }, [justSigned]);

  return (
    <div className="own-signature-standing" ref={standingRef} tabIndex={-1}>
      <p>
        {t('own.signedAt', { time: formatMoment(signature.createdAt, language) })}{' '}
        <DeliveryStatus state={signature.state} />
      </p>
      <p role="status">{signature.state === 'sent' ? t('own.delivered') : t('own.saved')}</p>
      <p>
        <Link href="/activity">{t('own.activityLink')}</Link>
      </p>
    </div>
  );
}
