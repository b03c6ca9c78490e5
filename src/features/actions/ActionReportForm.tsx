import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_TYPES, type ActionType } from '../../domain/actionTypes';
import type { ActionReportData } from '../../domain/syncProtocol';
import { StorageFullError } from '../../sync/outbox';
import { CountStepper } from './CountStepper';
import {
  emptyReportForm,
  readReportForm,
  todayOnThisPhone,
  type ReportFormErrors,
  type ReportFormValues,
} from './reportFormValues';
import '../../ui/forms.css';
import './actions.css';

interface ActionReportFormProps {
  caseId: string;
  /** Values to start from (correcting a rejected report); an empty form for today otherwise. */
  initialValues?: ReportFormValues;
  submitLabel: string;
  /** Writes the report; a StorageFullError means nothing was written. */
  save: (data: ActionReportData) => Promise<void>;
  /** After a successful save; the form empties its counts unless this replaces the form. */
  onSaved?: () => void;
  savedMessage?: string;
}

type SaveProblem = 'storageFull' | 'unexpected' | null;

export function ActionReportForm({
  caseId,
  initialValues,
  submitLabel,
  save,
  onSaved,
  savedMessage,
}: ActionReportFormProps) {
  const { t } = useTranslation('actions');
  const [values, setValues] = useState<ReportFormValues>(
    () => initialValues ?? emptyReportForm(todayOnThisPhone()),
  );
  const [errors, setErrors] = useState<ReportFormErrors | null>(null);
  const [problem, setProblem] = useState<SaveProblem>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const formId = useId();
  const dateId = `${formId}-date`;
  const dateErrorId = `${dateId}-error`;
  const today = todayOnThisPhone();

  function setCount(type: ActionType, value: string) {
    setValues((current) => ({ ...current, counts: { ...current.counts, [type]: value } }));
    setSaved(false);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    setSaved(false);
    setProblem(null);
    const result = await readReportForm(values, caseId, today);
    if (!result.ok) {
      setErrors(result.errors);
      // Moving focus to the summary makes a screen reader announce what went wrong.
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setErrors(null);
    setSaving(true);
    try {
      await save(result.data);
      setValues((current) => ({ ...emptyReportForm(today), occurredOn: current.occurredOn }));
      setSaved(true);
      onSaved?.();
    } catch (error) {
      // The values stay in the form, so nothing the member typed is lost.
      setProblem(error instanceof StorageFullError ? 'storageFull' : 'unexpected');
      if (!(error instanceof StorageFullError)) console.error('Could not save the report', error);
      requestAnimationFrame(() => summaryRef.current?.focus());
    } finally {
      setSaving(false);
    }
  }

  const hasErrors = errors !== null;
  return (
    <form className="report-form" noValidate onSubmit={(event) => void submit(event)}>
      {(hasErrors || problem) && (
        <div className="form-problem" role="alert" tabIndex={-1} ref={summaryRef}>
          {problem ? (
            <p>{t(`form.errors.${problem}`)}</p>
          ) : (
            <>
              <p>{t('form.errorSummary')}</p>
              <ul>
                {errors?.nothing && <li>{t('form.errors.nothing')}</li>}
                {ACTION_TYPES.flatMap((type) => {
                  const error = errors?.counts[type];
                  return error ? (
                    <li key={type}>
                      <a href={`#count-${type}`}>
                        {t(`type.${type}`)}: {t(`form.errors.${error}`)}
                      </a>
                    </li>
                  ) : (
                    []
                  );
                })}
                {errors?.date && (
                  <li>
                    <a href={`#${dateId}`}>{t(`form.errors.${errors.date}`)}</a>
                  </li>
                )}
              </ul>
            </>
          )}
        </div>
      )}
      <fieldset className="report-counts">
        <legend>{t('form.counts')}</legend>
        {ACTION_TYPES.map((type) => (
          <CountStepper
            key={type}
            type={type}
            value={values.counts[type]}
            error={errors?.counts[type]}
            onChange={(value) => setCount(type, value)}
          />
        ))}
      </fieldset>
      <div className="report-date">
        <label htmlFor={dateId}>{t('form.date')}</label>
        <input
          id={dateId}
          type="date"
          max={today}
          value={values.occurredOn}
          aria-invalid={errors?.date ? true : undefined}
          aria-describedby={errors?.date ? dateErrorId : undefined}
          onChange={(event) => {
            setValues((current) => ({ ...current, occurredOn: event.target.value }));
            setSaved(false);
          }}
        />
        {errors?.date && (
          <p id={dateErrorId} className="field-error">
            {t(`form.errors.${errors.date}`)}
          </p>
        )}
      </div>
      {/* aria-disabled, not disabled: a disabled button drops the keyboard focus to <body>, and
          the member would have to find their place in the form again after every report. */}
      <button type="submit" className="button" aria-disabled={saving || undefined}>
        {saving ? t('form.saving') : submitLabel}
      </button>
      <p className="report-saved" role="status">
        {saved && savedMessage ? savedMessage : ''}
      </p>
    </form>
  );
}
