import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import type { TFunction } from 'i18next';
import type { SignupPersonalData } from '../../domain/signupSealing';
import type { ConsentText } from '../../domain/stallConsent';
import type { SignupFormProblem, SignupFormValues } from './signupFormValidation';

// The fields a signer fills in, shared by the kiosk (a stranger at a stall) and a member signing on
// their own phone: the same labels, the same two unticked consent choices in the same words.

// Password managers each have their own "leave this form alone" attribute; a kiosk wants them all.
const NO_AUTOFILL = {
  autoComplete: 'off',
  'data-lpignore': 'true',
  'data-1p-ignore': 'true',
  'data-form-type': 'other',
} as InputHTMLAttributes<HTMLInputElement>;

interface SignupFieldsProps {
  t: TFunction<'stall'>;
  consent: ConsentText;
  /** Prefixes every field's id and name; the kiosk makes it random per form. */
  idPrefix: string;
  problems: readonly SignupFormProblem[];
  /**
   * The member's own details, to start from on their own phone, where the browser may fill them
   * in too. Absent at the kiosk: nothing is prefilled there and nothing is offered by the browser.
   */
  ownDetails?: SignupPersonalData;
}

export function signupErrorTexts(t: TFunction<'stall'>): Record<SignupFormProblem, string> {
  return {
    name: t('kiosk.errors.name'),
    email: t('kiosk.errors.email'),
    choice: t('kiosk.errors.choice'),
  };
}

/** The values in a form holding SignupFields with this prefix. */
export function readSignupValues(form: HTMLFormElement | null, idPrefix: string): SignupFormValues {
  const field = (name: string) => form?.elements.namedItem(`${idPrefix}-${name}`);
  const text = (name: string) => (field(name) as HTMLInputElement | null)?.value ?? '';
  const ticked = (name: string) => (field(name) as HTMLInputElement | null)?.checked ?? false;
  return {
    name: text('name'),
    email: text('email'),
    postcode: text('postcode'),
    petition: ticked('petition'),
    updates: ticked('updates'),
  };
}

/** The list of what is wrong, above the fields; focused by the form after a failed submit. */
export function SignupProblemSummary({
  t,
  problems,
  summaryRef,
}: {
  t: TFunction<'stall'>;
  problems: readonly SignupFormProblem[];
  summaryRef: Ref<HTMLDivElement>;
}) {
  if (problems.length === 0) return null;
  const errorFor = signupErrorTexts(t);
  return (
    <div className="form-problem" role="alert" tabIndex={-1} ref={summaryRef}>
      <p>{t('kiosk.errorSummary')}</p>
      <ul>
        {problems.map((problem) => (
          <li key={problem}>{errorFor[problem]}</li>
        ))}
      </ul>
    </div>
  );
}

/** Name, email, postcode and the two consent choices, each labelled, its error tied to it. */
export function SignupFields({ t, consent, idPrefix, problems, ownDetails }: SignupFieldsProps) {
  const errorFor = signupErrorTexts(t);
  const has = (problem: SignupFormProblem) => problems.includes(problem);
  const id = (name: string) => `${idPrefix}-${name}`;
  const own = (autoComplete: string, value: string | undefined) =>
    ownDetails ? { autoComplete, defaultValue: value } : NO_AUTOFILL;
  return (
    <>
      <SignupField
        inputId={id('name')}
        label={t('kiosk.name')}
        error={has('name') ? errorFor.name : undefined}
        type="text"
        autoCapitalize="words"
        maxLength={200}
        {...own('name', ownDetails?.name)}
      />
      <SignupField
        inputId={id('email')}
        label={t('kiosk.email')}
        error={has('email') ? errorFor.email : undefined}
        type="email"
        inputMode="email"
        autoCapitalize="none"
        maxLength={254}
        {...own('email', ownDetails?.email)}
      />
      <SignupField
        inputId={id('postcode')}
        label={
          <>
            {t('kiosk.postcode')} <span className="kiosk-optional">{t('kiosk.optional')}</span>
          </>
        }
        type="text"
        className="kiosk-postcode"
        autoCapitalize="characters"
        maxLength={12}
        {...own('postal-code', ownDetails?.postcode)}
      />
      <fieldset
        className="kiosk-choices"
        aria-describedby={has('choice') ? `${id('choices')}-error` : undefined}
      >
        <legend>{t('kiosk.choices')}</legend>
        {has('choice') && (
          <p id={`${id('choices')}-error`} className="field-error">
            {errorFor.choice}
          </p>
        )}
        {/* Never ticked in advance, for a stranger or for the member: consent is a choice made here. */}
        <label className="kiosk-choice">
          <input type="checkbox" name={id('petition')} />
          <span>{consent.petition}</span>
        </label>
        <label className="kiosk-choice">
          <input type="checkbox" name={id('updates')} />
          <span>{consent.updates}</span>
        </label>
      </fieldset>
    </>
  );
}

interface SignupFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  inputId: string;
  label: ReactNode;
  error?: string | undefined;
}

/** One labelled input, its error tied to it for screen readers. */
function SignupField({ inputId, label, error, ...input }: SignupFieldProps) {
  const errorId = `${inputId}-error`;
  return (
    <div className="kiosk-field">
      <label htmlFor={inputId}>{label}</label>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      <input
        id={inputId}
        name={inputId}
        autoCorrect="off"
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        {...input}
      />
    </div>
  );
}
