import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useDatabase } from '../../app/DatabaseContext';
import { leaveKiosk } from './stallSessions';

/** The volunteer's way out, in the volunteer's language, behind their PIN. */
export function LeaveKiosk({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation('stall');
  const database = useDatabase();
  const [, navigate] = useLocation();
  const id = useId();
  const [asking, setAsking] = useState(false);
  const [wrong, setWrong] = useState(false);
  const [checking, setChecking] = useState(false);
  const pinRef = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const pin = pinRef.current?.value ?? '';
    setChecking(true);
    const left = await leaveKiosk(database, sessionId, pin);
    setChecking(false);
    if (left) {
      navigate('/stall', { replace: true });
      return;
    }
    setWrong(true);
    if (pinRef.current) {
      pinRef.current.value = '';
      pinRef.current.focus();
    }
  }

  if (!asking) {
    return (
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={() => {
          setAsking(true);
          requestAnimationFrame(() => pinRef.current?.focus());
        }}
      >
        {t('leave.open')}
      </button>
    );
  }
  return (
    <form className="kiosk-leave" autoComplete="off" onSubmit={(event) => void submit(event)}>
      <label htmlFor={`${id}-pin`}>{t('leave.pin')}</label>
      {wrong && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {t('leave.wrongPin')}
        </p>
      )}
      <input
        ref={pinRef}
        id={`${id}-pin`}
        type="password"
        inputMode="numeric"
        autoComplete="off"
        maxLength={8}
        aria-invalid={wrong || undefined}
        aria-describedby={wrong ? `${id}-error` : undefined}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={checking}>
          {checking ? t('leave.checking') : t('leave.submit')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            setAsking(false);
            setWrong(false);
          }}
        >
          {t('leave.cancel')}
        </button>
      </div>
    </form>
  );
}
