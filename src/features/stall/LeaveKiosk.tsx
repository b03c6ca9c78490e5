import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useDatabase } from '../../ui/DatabaseContext';
import { lockoutRemaining } from '../../domain/pinLockout';
import { leaveKiosk } from './stallSessions';

interface LeaveKioskProps {
  sessionId: string;
  /** From the stall session, so the lock-out survives a reload and shows on any reopened form. */
  lockedUntil: string | null;
}

/** The volunteer's way out, in the volunteer's language, behind their PIN. */
export function LeaveKiosk({ sessionId, lockedUntil }: LeaveKioskProps) {
  const { t } = useTranslation('stall');
  const database = useDatabase();
  const [, navigate] = useLocation();
  const id = useId();
  const [asking, setAsking] = useState(false);
  const [wrong, setWrong] = useState(false);
  const [checking, setChecking] = useState(false);
  const pinRef = useRef<HTMLInputElement>(null);
  const [now, setNow] = useState(() => Date.now());
  const remaining = lockoutRemaining(lockedUntil, new Date(now));
  const locked = remaining > 0;

  useEffect(() => {
    if (!asking || !locked) return;
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, [asking, locked]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const pin = pinRef.current?.value ?? '';
    setChecking(true);
    const result = await leaveKiosk(database, sessionId, pin);
    setChecking(false);
    if (result.outcome === 'left') {
      navigate('/stall', { replace: true });
      return;
    }
    setNow(Date.now());
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
          setNow(Date.now());
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
      {locked ? (
        <p id={`${id}-error`} className="field-error">
          <span role="alert">{t('leave.locked')}</span>{' '}
          {/* A timer region is not read out every second, unlike an alert. */}
          <span role="timer">
            {remaining > 60_000
              ? t('leave.lockedMinutes', { count: Math.ceil(remaining / 60_000) })
              : t('leave.lockedSeconds', { count: Math.ceil(remaining / 1_000) })}
          </span>
        </p>
      ) : (
        wrong && (
          <p id={`${id}-error`} className="field-error" role="alert">
            {t('leave.wrongPin')}
          </p>
        )
      )}
      <input
        ref={pinRef}
        id={`${id}-pin`}
        type="password"
        inputMode="numeric"
        autoComplete="off"
        maxLength={8}
        aria-invalid={wrong || undefined}
        aria-describedby={wrong || locked ? `${id}-error` : undefined}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={checking || locked}>
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
