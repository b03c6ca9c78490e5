import { useTranslation } from 'react-i18next';
import { MAX_ACTION_COUNT, type ActionType } from '../../domain/actionTypes';
import type { CountError } from './reportFormValues';

interface CountStepperProps {
  type: ActionType;
  value: string;
  error: CountError | undefined;
  onChange: (value: string) => void;
}

function step(value: string, by: number): string {
  const current = /^\d+$/.test(value.trim()) ? Number(value) : 0;
  return String(Math.min(MAX_ACTION_COUNT, Math.max(0, current + by)));
}

/** One action type's count: big −/+ buttons for a thumb on a bus, and a field for typing 40. */
export function CountStepper({ type, value, error, onChange }: CountStepperProps) {
  const { t } = useTranslation('actions');
  const label = t(`type.${type}`);
  const inputId = `count-${type}`;
  const errorId = `${inputId}-error`;
  return (
    <div className={error ? 'count-stepper count-stepper-invalid' : 'count-stepper'}>
      <label htmlFor={inputId} className="count-stepper-label">
        {label}
      </label>
      <div className="count-stepper-controls">
        <button
          type="button"
          className="stepper-button"
          aria-label={t('stepper.less', { type: label })}
          aria-controls={inputId}
          disabled={value.trim() === '0' || value.trim() === ''}
          onClick={() => onChange(step(value, -1))}
        >
          <span aria-hidden="true">−</span>
        </button>
        <input
          id={inputId}
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_ACTION_COUNT}
          step={1}
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
        <button
          type="button"
          className="stepper-button"
          aria-label={t('stepper.more', { type: label })}
          aria-controls={inputId}
          onClick={() => onChange(step(value, 1))}
        >
          <span aria-hidden="true">+</span>
        </button>
      </div>
      {error && (
        <p id={errorId} className="field-error">
          {t(`form.errors.${error}`)}
        </p>
      )}
    </div>
  );
}
