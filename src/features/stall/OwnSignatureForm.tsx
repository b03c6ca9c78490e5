import { useRef, useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import type { SignupPersonalData } from '../../domain/signupSealing';
import type { ConsentText } from '../../domain/stallConsent';
import type { SignupSaveOutcome } from './KioskSignupForm';
import { signupFormProblems, type SignupFormProblem } from './signupFormValidation';
import type { SignupFormValues } from './signupFormValidation';
import { readSignupValues, SignupFields, SignupProblemSummary } from './SignupFields';

const ID_PREFIX = 'own-signature';

interface OwnSignatureFormProps {
  t: TFunction<'stall'>;
  consent: ConsentText;
  /** The member's details from their profile, to start from; every field stays editable. */
  ownDetails: SignupPersonalData;
  onSign: (values: SignupFormValues) => Promise<SignupSaveOutcome>;
}

/**
 * The kiosk's fields on the member's own phone. Unlike the kiosk, nobody else will hold this phone
 * next: a failed save leaves the details on screen to try again.
 */
export function OwnSignatureForm({ t, consent, ownDetails, onSign }: OwnSignatureFormProps) {
  const form = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const failureRef = useRef<HTMLParagraphElement>(null);
  const [problems, setProblems] = useState<SignupFormProblem[]>([]);
  const [failure, setFailure] = useState<Exclude<SignupSaveOutcome, 'saved'> | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const values = readSignupValues(form.current, ID_PREFIX);
    const found = signupFormProblems(values);
    setProblems(found);
    setFailure(null);
    if (found.length > 0) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setSaving(true);
    const outcome = await onSign(values);
    // 'saved' replaces this form with what became of the signature.
    if (outcome !== 'saved') {
      setSaving(false);
      setFailure(outcome);
      requestAnimationFrame(() => failureRef.current?.focus());
    }
  }

  return (
    <form ref={form} className="kiosk-form" noValidate onSubmit={(event) => void submit(event)}>
      <SignupProblemSummary t={t} problems={problems} summaryRef={summaryRef} />
      {failure && (
        <p className="form-problem" role="alert" tabIndex={-1} ref={failureRef}>
          {failure === 'storage-full' ? t('own.errors.storageFull') : t('own.errors.unexpected')}
        </p>
      )}
      <SignupFields
        t={t}
        consent={consent}
        idPrefix={ID_PREFIX}
        problems={problems}
        ownDetails={ownDetails}
      />
      <button type="submit" className="button kiosk-sign" disabled={saving}>
        {saving ? t('kiosk.signing') : t('own.submit')}
      </button>
    </form>
  );
}
