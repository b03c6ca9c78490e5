import { useId, useRef, useState, type FormEvent, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../ui/DatabaseContext';
import type { GroupMembership } from '../../db/rows';
import { useAppSync } from '../../ui/AppSyncContext';
import { joinGroup, normalizeServerUrl, type JoinOutcome } from '../../sync/joinGroup';
import '../../ui/forms.css';
import './group.css';
import { dismissWelcome } from '../welcome';

export interface JoinFormValues {
  serverAddress: string;
  code: string;
  deviceName: string;
}

type FieldErrors = Partial<Record<keyof JoinFormValues, string>>;

interface JoinGroupFormProps {
  initialValues: JoinFormValues;
  submitLabel: string;
  onJoined: (membership: GroupMembership) => void;
}

/** Server address, join code and a name for this phone; the server's word shown if it says no. */
export function JoinGroupForm({ initialValues, submitLabel, onJoined }: JoinGroupFormProps) {
  const { t } = useTranslation('group');
  const database = useDatabase();
  const appSync = useAppSync();
  const id = useId();
  const [values, setValues] = useState(initialValues);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [joining, setJoining] = useState(false);
  const problemRef = useRef<HTMLDivElement>(null);

  function describeFailure(outcome: Exclude<JoinOutcome, { ok: true }>): string {
    switch (outcome.reason) {
      case 'invalid-address':
        return t('errors.serverInvalid');
      case 'unreachable':
        return t('errors.unreachable', { server: outcome.serverUrl });
      case 'refused':
      case 'not-authorized':
        return t('errors.refused', { message: outcome.message });
      case 'rate-limited':
        return t('errors.rateLimited');
      case 'server-error':
        return t('errors.serverError', { status: outcome.status });
    }
  }

  function check(): FieldErrors {
    const errors: FieldErrors = {};
    if (!values.serverAddress.trim()) errors.serverAddress = t('errors.serverMissing');
    else if (!normalizeServerUrl(values.serverAddress))
      errors.serverAddress = t('errors.serverInvalid');
    if (!values.code.trim()) errors.code = t('errors.codeMissing');
    if (!values.deviceName.trim()) errors.deviceName = t('errors.deviceNameMissing');
    return errors;
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const errors = check();
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) {
      requestAnimationFrame(() => problemRef.current?.focus());
      return;
    }
    setJoining(true);
    try {
      const outcome = await joinGroup(database, values);
      if (outcome.ok) {
        // Whatever waited for a group (or for a fresh token) goes now.
        void appSync.requestSync({ force: true });
        // The welcome's main advice is to join; once joined, it has nothing left to say.
        dismissWelcome();
        onJoined(outcome.membership);
        return;
      }
      setFailure(describeFailure(outcome));
      requestAnimationFrame(() => problemRef.current?.focus());
    } finally {
      setJoining(false);
    }
  }

  const field = (
    name: keyof JoinFormValues,
    label: string,
    hint: string | null,
    extra: InputHTMLAttributes<HTMLInputElement> = {},
  ) => {
    const inputId = `${id}-${name}`;
    const describedBy = [
      hint ? `${inputId}-hint` : null,
      fieldErrors[name] ? `${inputId}-error` : null,
    ]
      .filter(Boolean)
      .join(' ');
    return (
      <div className="form-field">
        <label htmlFor={inputId}>{label}</label>
        {hint && (
          <p id={`${inputId}-hint`} className="hint">
            {hint}
          </p>
        )}
        <input
          id={inputId}
          value={values[name]}
          aria-invalid={fieldErrors[name] ? true : undefined}
          aria-describedby={describedBy || undefined}
          onChange={(event) => setValues((v) => ({ ...v, [name]: event.target.value }))}
          {...extra}
        />
        {fieldErrors[name] && (
          <p id={`${inputId}-error`} className="field-error">
            {fieldErrors[name]}
          </p>
        )}
      </div>
    );
  };

  const hasFieldErrors = Object.keys(fieldErrors).length > 0;
  return (
    <form className="join-form" noValidate onSubmit={(event) => void submit(event)}>
      {(failure || hasFieldErrors) && (
        <div className="form-problem" role="alert" tabIndex={-1} ref={problemRef}>
          <p>{failure ?? t('errors.summary')}</p>
        </div>
      )}
      {field('serverAddress', t('form.server'), t('form.serverHint'), {
        type: 'url',
        inputMode: 'url',
        autoComplete: 'url',
        autoCapitalize: 'none',
        spellCheck: false,
      })}
      {field('code', t('form.code'), null, {
        autoComplete: 'off',
        autoCapitalize: 'characters',
        spellCheck: false,
      })}
      {field('deviceName', t('form.deviceName'), t('form.deviceNameHint'), {
        autoComplete: 'off',
        maxLength: 80,
      })}
      <button type="submit" className="button" disabled={joining}>
        {joining ? t('form.joining') : submitLabel}
      </button>
    </form>
  );
}
