import { useCallback, useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../ui/DatabaseContext';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useUiLanguage } from '../../ui/useUiLanguage';
import { LANGUAGES, type Language } from '../../domain/language';
import type { StallSession } from '../../db/rows';
import { consentText, petitionRecipient } from '../../domain/stallConsent';
import { StorageFullError } from '../../sync/outbox';
import { signUpsPaused } from '../../sync/groupKeyPin';
import { queueSignUp } from '../../sync/queueSignUp';
import { useMembership } from '../group';
import { KioskSignupForm, type SignupSaveOutcome } from './KioskSignupForm';
import { LeaveKiosk } from './LeaveKiosk';
import { useRepeatSignerChecks } from './pageRepeatSignerChecks';
import { personalDataOf, type SignupFormValues } from './signupFormValidation';
import { countRepeatSignUp } from './stallSessions';
import { useSealingKey } from './useSealingKey';
import { PrivacyNotice } from './PrivacyNotice';
import '../../ui/forms.css';
import './stall.css';

const THANKS_SHOWN_MS = 6_000;
const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Español' };

/**
 * The phone as a passer-by meets it: one form, their own language, nothing of anyone before them.
 * It replaces the whole app (no navigation, no other screens) until a volunteer's PIN closes it.
 */
export function Kiosk({ session }: { session: StallSession }) {
  const database = useDatabase();
  const repeatChecks = useRepeatSignerChecks();
  const uiLanguage = useUiLanguage();
  const [language, setLanguage] = useState<Language>(uiLanguage);
  // The signer's language is the kiosk's alone: the volunteer's saved choice stays as it was.
  const { t } = useTranslation('stall', { lng: language });
  const membership = useMembership()?.membership ?? null;
  const sealing = useSealingKey();
  const paused = signUpsPaused(membership);
  const stallCase = useLiveQuery(
    () => database.cases.get(session.caseId),
    [database, session.caseId],
  );
  const [formKey, setFormKey] = useState(0);
  // The thanks is said in the language the signer chose; the form is already back in the kiosk's
  // own language for whoever comes next.
  const [thankedIn, setThankedIn] = useState<Language | null>(null);
  const thanked = thankedIn !== null;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(t('kiosk.heading'));
  // Stable, so the form's countdown to dropping a failed signer's details is not restarted.
  const abandonForm = useCallback(() => setFormKey((key) => key + 1), []);

  // Opening the kiosk hands the phone to a passer-by: their first field is where they start.
  const mainRef = useRef<HTMLElement>(null);
  useEffect(() => {
    mainRef.current?.querySelector<HTMLInputElement>('.kiosk-form input')?.focus();
  }, []);

  useEffect(() => {
    if (!thanked) return;
    const timer = setTimeout(() => setThankedIn(null), THANKS_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [thanked, formKey]);

  const consent = consentText(language, {
    groupName: membership?.groupName ?? '',
    recipient: petitionRecipient(stallCase, language),
    contact: membership?.contact ?? null,
    retentionDays: membership?.signupRetentionDays ?? null,
  });

  function thankAndReset() {
    // No per-signer history entry, and any state the browser kept for this entry is dropped.
    window.history.replaceState(null, '', window.location.href);
    setThankedIn(language);
    setLanguage(uiLanguage);
    setFormKey((key) => key + 1);
    // After an error the page may be scrolled down to the form; the thanks is at the top.
    window.scrollTo(0, 0);
    requestAnimationFrame(() => headingRef.current?.focus({ preventScroll: true }));
  }

  async function sign(values: SignupFormValues): Promise<SignupSaveOutcome> {
    if (!sealing) return 'failed';
    const check = await repeatChecks.for(session.id);
    if (await check.seenBefore(values.email)) {
      // A repeat must look exactly like a first signature: anything different would let whoever
      // types an address learn whether that person signed. Only the volunteer's count knows.
      // A count that fails to save loses nothing a signer gave, so it must not change the screen.
      await countRepeatSignUp(database, session.id).catch(() => undefined);
      thankAndReset();
      return 'saved';
    }
    try {
      await queueSignUp(
        database,
        session,
        personalDataOf(values),
        { petition: values.petition, updates: values.updates, language },
        sealing,
      );
    } catch (error) {
      await check.forget(values.email);
      // The previous signer's thanks must not sit beside this signer's failure.
      setThankedIn(null);
      return error instanceof StorageFullError ? 'storage-full' : 'failed';
    }
    thankAndReset();
    return 'saved';
  }

  return (
    <div className="kiosk" lang={language}>
      <header className="kiosk-header">
        <div className="kiosk-languages" role="group" aria-label={t('kiosk.language')}>
          {LANGUAGES.map((option) => (
            <button
              key={option}
              type="button"
              lang={option}
              className="kiosk-language"
              aria-pressed={option === language}
              onClick={() => setLanguage(option)}
            >
              {LANGUAGE_NAMES[option]}
            </button>
          ))}
        </div>
      </header>
      <main id="main" className="kiosk-main" ref={mainRef}>
        <h1 ref={headingRef} tabIndex={-1}>
          {t('kiosk.heading')}
        </h1>
        {stallCase && <p className="kiosk-case">{stallCase.title[language]}</p>}
        <p className="kiosk-thanks" role="status" lang={thankedIn ?? undefined}>
          {thankedIn ? t('kiosk.thanks', { lng: thankedIn }) : ''}
        </p>
        {paused ? (
          // Whoever holds the phone reads the first line; the volunteer, in their own language,
          // the second. Any signer's half-typed details go with the form.
          <div className="kiosk-paused" role="alert">
            <p>{t('kiosk.paused.signer')}</p>
            <p lang={uiLanguage}>{t('kiosk.paused.volunteer', { lng: uiLanguage })}</p>
          </div>
        ) : (
          <KioskSignupForm
            key={formKey}
            t={t}
            consent={consent}
            onSign={sign}
            onAbandon={abandonForm}
          />
        )}
        <PrivacyNotice t={t} consent={consent} />
      </main>
      <footer className="kiosk-footer" lang={uiLanguage}>
        <LeaveKiosk sessionId={session.id} lockedUntil={session.pinLockedUntil ?? null} />
      </footer>
    </div>
  );
}
