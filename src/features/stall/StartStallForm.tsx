import { useId, useRef, useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useDatabase } from '../../ui/DatabaseContext';
import { useUiLanguage } from '../../ui/useUiLanguage';
import { isValidPin } from '../../domain/volunteerPin';
import { startStallSession } from './stallSessions';

type Problem = 'place' | 'pin' | 'pinMismatch' | 'unexpected';

/**
 * Which case, where, and the volunteer's PIN; then the phone becomes a kiosk. `initialCaseId` is
 * the petition whose page led here, chosen to start with when it is open.
 */
export function StartStallForm({ initialCaseId = '' }: { initialCaseId?: string }) {
  const { t } = useTranslation('stall');
  const database = useDatabase();
  const language = useUiLanguage();
  const [, navigate] = useLocation();
  const id = useId();
  const cases = useLiveQuery(
    async () =>
      (await database.cases.toArray())
        // A closed or withdrawn case stays on the phone for what was already done on it; a stall
        // would collect names for something the group no longer campaigns on.
        .filter((c) => c.status === 'open')
        .sort(
          // Petitions first: they are what a stall collects.
          (a, b) =>
            Number(b.kind === 'petition') - Number(a.kind === 'petition') ||
            a.title[language].localeCompare(b.title[language], language),
        ),
    [database, language],
  );
  const [caseId, setCaseId] = useState(initialCaseId);
  const [place, setPlace] = useState('');
  const [pin, setPin] = useState('');
  const [pinAgain, setPinAgain] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [starting, setStarting] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  const chosenCase = (cases?.some((c) => c.id === caseId) ? caseId : cases?.[0]?.id) ?? '';

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Problem[] = [];
    if (!place.trim()) found.push('place');
    if (!isValidPin(pin)) found.push('pin');
    else if (pin !== pinAgain) found.push('pinMismatch');
    setProblems(found);
    if (found.length > 0 || !chosenCase) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setStarting(true);
    try {
      await startStallSession(database, { caseId: chosenCase, place, pin });
      navigate('/stall/kiosk');
    } catch {
      setProblems(['unexpected']);
      setStarting(false);
    }
  }

  const has = (problem: Problem) => problems.includes(problem);
  const pinProblem = has('pin') ? 'pin' : has('pinMismatch') ? 'pinMismatch' : null;

  if (cases?.length === 0) {
    return (
      <section aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`}>{t('start.heading')}</h2>
        <p>{t('start.noOpenCase')}</p>
      </section>
    );
  }

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('start.heading')}</h2>
      <form className="stall-start" noValidate onSubmit={(event) => void submit(event)}>
        {problems.length > 0 && (
          <div className="form-problem" role="alert" tabIndex={-1} ref={summaryRef}>
            <p>{t('start.errorSummary')}</p>
            <ul>
              {problems.map((problem) => (
                <li key={problem}>{t(`start.errors.${problem}`)}</li>
              ))}
            </ul>
          </div>
        )}
        <fieldset className="choice-group">
          <legend>{t('start.case')}</legend>
          {cases?.map((item) => (
            <label key={item.id} className="choice choice-target">
              <input
                type="radio"
                name={`${id}-case`}
                value={item.id}
                checked={item.id === chosenCase}
                onChange={() => setCaseId(item.id)}
              />
              <span>
                <span className="choice-title">{item.title[language]}</span>
                {item.reference && (
                  <span className="choice-detail">{item.reference[language]}</span>
                )}
              </span>
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-place`}>{t('start.place')}</label>
          <p id={`${id}-place-hint`} className="field-hint">
            {t('start.placeHint')}
          </p>
          {has('place') && (
            <p id={`${id}-place-error`} className="field-error">
              {t('start.errors.place')}
            </p>
          )}
          <input
            id={`${id}-place`}
            type="text"
            value={place}
            maxLength={120}
            aria-invalid={has('place') || undefined}
            aria-describedby={`${id}-place-hint${has('place') ? ` ${id}-place-error` : ''}`}
            onChange={(event) => setPlace(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-pin`}>{t('start.pin')}</label>
          <p id={`${id}-pin-hint`} className="field-hint">
            {t('start.pinHint')}
          </p>
          {pinProblem && (
            <p id={`${id}-pin-error`} className="field-error">
              {t(`start.errors.${pinProblem}`)}
            </p>
          )}
          <input
            id={`${id}-pin`}
            type="password"
            inputMode="numeric"
            autoComplete="off"
            className="input-short"
            maxLength={8}
            value={pin}
            aria-invalid={pinProblem ? true : undefined}
            aria-describedby={`${id}-pin-hint${pinProblem ? ` ${id}-pin-error` : ''}`}
            onChange={(event) => setPin(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-pin-again`}>{t('start.pinAgain')}</label>
          <input
            id={`${id}-pin-again`}
            type="password"
            inputMode="numeric"
            autoComplete="off"
            className="input-short"
            maxLength={8}
            value={pinAgain}
            aria-invalid={has('pinMismatch') || undefined}
            onChange={(event) => setPinAgain(event.target.value)}
          />
        </div>
        <button type="submit" className="button" disabled={starting || !cases}>
          {starting ? t('start.starting') : t('start.submit')}
        </button>
      </form>
    </section>
  );
}
