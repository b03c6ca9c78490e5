import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import type { ConsentText } from '../../domain/stallConsent';
import {
  signupFormProblems,
  type SignupFormProblem,
  type SignupFormValues,
} from './signupFormValidation';
import { readSignupValues, SignupFields, SignupProblemSummary } from './SignupFields';
import { useIdleReset } from './useIdleReset';

export type SignupSaveOutcome = 'saved' | 'storage-full' | 'failed';
type SaveFailure = Exclude<SignupSaveOutcome, 'saved'>;

interface KioskSignupFormProps {
  t: TFunction<'stall'>;
  consent: ConsentText;
  onSign: (values: SignupFormValues) => Promise<SignupSaveOutcome>;
  /** Throws this form away for an empty one, with no thanks: nothing was saved. */
  onAbandon: () => void;
  /** Overrides the idle reset's timing (tests). */
  idle?: { idleMs: number; countdownMs: number };
}

/**
 * How long a signer whose save failed has to tap "Try again" before their details are dropped.
 * Long enough to fetch the volunteer; short enough that a signer who walked off does not leave
 * their details waiting in memory for whoever taps next.
 */
export const FAILED_DETAILS_KEPT_MS = 60_000;

/**
 * One signer's form. The kiosk gives it a new key after each sign-up, so React throws the old
 * inputs away: nothing typed by one signer can still be in a field, an undo stack or a state
 * variable when the next one takes the phone. Field names are random per form, so a browser that
 * ignores autocomplete="off" still has no earlier entries to offer for them.
 */
export function KioskSignupForm({ t, consent, onSign, onAbandon, idle }: KioskSignupFormProps) {
  const [prefix] = useState(() => `s${crypto.randomUUID().slice(0, 8)}`);
  const form = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [problems, setProblems] = useState<SignupFormProblem[]>([]);
  // A failed save takes the fields off screen at once, so the next person at the phone cannot
  // read them if the signer walks away; the values wait in memory only, for this signer to tap
  // "Try again" without typing them again, or "Clear" (or the timeout) to drop them for good.
  const [failed, setFailed] = useState<{ values: SignupFormValues; reason: SaveFailure } | null>(
    null,
  );
  const [saving, setSaving] = useState(false);
  const [touched, setTouched] = useState(false);
  const { secondsLeft, activity } = useIdleReset({
    touched: touched && !failed,
    onExpire: onAbandon,
    ...idle,
  });
  const onActivity = () => {
    setTouched(true);
    activity();
  };

  useEffect(() => {
    if (!failed) return;
    const timer = setTimeout(onAbandon, FAILED_DETAILS_KEPT_MS);
    return () => clearTimeout(timer);
  }, [failed, onAbandon]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const values = readSignupValues(form.current, prefix);
    const found = signupFormProblems(values);
    setProblems(found);
    if (found.length > 0) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    await save(values);
  }

  async function save(values: SignupFormValues) {
    setSaving(true);
    const outcome = await onSign(values);
    // 'saved' remounts this form; a failure hides the fields and says why.
    if (outcome !== 'saved') {
      setSaving(false);
      setFailed({ values, reason: outcome });
      requestAnimationFrame(() => summaryRef.current?.focus());
    }
  }

  if (failed) {
    return (
      <div className="kiosk-form">
        <div className="form-problem" role="alert" tabIndex={-1} ref={summaryRef}>
          <p>
            {failed.reason === 'storage-full'
              ? t('kiosk.errors.storageFull')
              : t('kiosk.errors.unexpected')}
          </p>
          <p>{t('kiosk.failure.kept')}</p>
        </div>
        <div className="form-actions">
          <button
            type="button"
            className="button"
            disabled={saving}
            onClick={() => void save(failed.values)}
          >
            {saving ? t('kiosk.signing') : t('kiosk.failure.retry')}
          </button>
          <button type="button" className="button button-secondary" onClick={onAbandon}>
            {t('kiosk.failure.clear')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <form
      ref={form}
      className="kiosk-form"
      autoComplete="off"
      noValidate
      onSubmit={(event) => void submit(event)}
      onInput={onActivity}
      onChange={onActivity}
      onPointerDown={touched ? activity : undefined}
    >
      {secondsLeft !== null && (
        <div className="kiosk-idle">
          {/* The alert is said once; the ticking number is for the eyes only. */}
          <p role="alert">{t('kiosk.idle.warning')}</p>
          <p className="kiosk-idle-count" aria-hidden="true">
            {t('kiosk.idle.countdown', { count: secondsLeft })}
          </p>
          <button type="button" className="button" onClick={activity}>
            {t('kiosk.idle.stay')}
          </button>
        </div>
      )}
      <SignupProblemSummary t={t} problems={problems} summaryRef={summaryRef} />
      <SignupFields t={t} consent={consent} idPrefix={prefix} problems={problems} />
      <button type="submit" className="button kiosk-sign" disabled={saving}>
        {saving ? t('kiosk.signing') : t('kiosk.sign')}
      </button>
    </form>
  );
}
