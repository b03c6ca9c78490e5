import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../db/rows';
import type { SenderDetails } from '../../domain/appeal';
import { useDatabase } from '../../ui/DatabaseContext';
import {
  tidyProfile,
  validateProfile,
  type ProfileErrors,
  type ProfileField,
} from './profileValidation';
import '../../ui/forms.css';
import './profile.css';

const EMPTY: SenderDetails = { name: '', address: '', postcode: '', email: '' };
const FIELD_ORDER: readonly ProfileField[] = ['name', 'address', 'postcode', 'email'];

export interface ProfileFormProps {
  /** The stored details, to edit them; null for a member who has not entered any yet. */
  initial: SenderDetails | null;
  submitLabel: string;
  onSaved?: (profile: Profile) => void;
  /** Something to show beside the submit button, such as a way back. */
  secondaryAction?: ReactNode;
}

/** The member's name and address for signing letters, saved only in this phone's database. */
export function ProfileForm({ initial, submitLabel, onSaved, secondaryAction }: ProfileFormProps) {
  const { t } = useTranslation('profile');
  const database = useDatabase();
  const [values, setValues] = useState<SenderDetails>(() =>
    initial
      ? {
          name: initial.name,
          address: initial.address,
          postcode: initial.postcode,
          email: initial.email,
        }
      : EMPTY,
  );
  const [errors, setErrors] = useState<ProfileErrors>({});
  const [result, setResult] = useState<'saved' | 'failed' | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const id = useId();

  const change = (field: ProfileField, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setResult(null);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validateProfile(values);
    setErrors(found);
    const firstInvalid = FIELD_ORDER.find((field) => found[field]);
    if (firstInvalid) {
      // The field's own message is tied to it, so focusing it is what a screen reader reads out.
      formRef.current?.querySelector<HTMLElement>(`[name="${firstInvalid}"]`)?.focus();
      return;
    }
    const profile: Profile = {
      id: 'me',
      ...tidyProfile(values),
      updatedAt: new Date().toISOString(),
    };
    try {
      await database.profile.put(profile);
    } catch (error) {
      console.error('Could not save the profile', error);
      setResult('failed');
      return;
    }
    setResult('saved');
    onSaved?.(profile);
  };

  const fieldProps = (field: ProfileField, hint: boolean) => {
    const described = [
      hint ? `${id}-${field}-hint` : null,
      errors[field] ? `${id}-${field}-error` : null,
    ]
      .filter(Boolean)
      .join(' ');
    return {
      id: `${id}-${field}`,
      name: field,
      value: values[field],
      'aria-invalid': errors[field] ? true : undefined,
      'aria-describedby': described || undefined,
    };
  };

  const errorFor = (field: ProfileField) => {
    const error = errors[field];
    return error ? (
      <p className="field-error" id={`${id}-${field}-error`}>
        {t(`errors.${error}`)}
      </p>
    ) : null;
  };

  return (
    <form ref={formRef} className="profile-form" noValidate onSubmit={(e) => void submit(e)}>
      <p className="privacy-note">{t('privacy')}</p>

      <div className="field">
        <label htmlFor={`${id}-name`}>{t('name')}</label>
        {errorFor('name')}
        <input
          type="text"
          autoComplete="name"
          required
          {...fieldProps('name', false)}
          onChange={(e) => change('name', e.target.value)}
        />
      </div>

      <div className="field">
        <label htmlFor={`${id}-address`}>{t('address')}</label>
        <p className="field-hint" id={`${id}-address-hint`}>
          {t('addressHint')}
        </p>
        {errorFor('address')}
        <textarea
          rows={3}
          autoComplete="street-address"
          required
          {...fieldProps('address', true)}
          onChange={(e) => change('address', e.target.value)}
        />
      </div>

      <div className="field">
        <label htmlFor={`${id}-postcode`}>{t('postcode')}</label>
        {errorFor('postcode')}
        <input
          type="text"
          autoComplete="postal-code"
          autoCapitalize="characters"
          className="input-short"
          {...fieldProps('postcode', false)}
          onChange={(e) => change('postcode', e.target.value)}
        />
      </div>

      <div className="field">
        <label htmlFor={`${id}-email`}>{t('email')}</label>
        <p className="field-hint" id={`${id}-email-hint`}>
          {t('emailHint')}
        </p>
        {errorFor('email')}
        <input
          type="email"
          autoComplete="email"
          inputMode="email"
          spellCheck={false}
          {...fieldProps('email', true)}
          onChange={(e) => change('email', e.target.value)}
        />
      </div>

      <div className="form-actions">
        <button type="submit" className="button">
          {submitLabel}
        </button>
        {secondaryAction}
      </div>
      <p role="status" className={result === 'failed' ? 'field-error' : 'save-result'}>
        {result === 'saved' ? t('saved') : result === 'failed' ? t('saveFailed') : ''}
      </p>
    </form>
  );
}
