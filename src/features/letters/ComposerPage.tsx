import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { Case } from '../../domain/case';
import { LANGUAGES, type Language } from '../../domain/language';
import type { SenderDetails } from '../../domain/appeal';
import { useDatabase } from '../../ui/DatabaseContext';
import { BackIcon } from '../../ui/icons';
import { NotFoundPage } from '../../ui/NotFoundPage';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useUiLanguage } from '../../ui/useUiLanguage';
import { ProfileForm, useProfile } from '../profile';
import { createDrafts } from './createDrafts';
import { CaseStatusText } from '../cases';
import '../../ui/forms.css';
import './letters.css';

/** `/cases/:id/write`: who to write to and in which language, then one draft per person. */
export function ComposerPage({ caseId }: { caseId: string }) {
  const { t } = useTranslation('letters');
  const database = useDatabase();
  const theCase = useLiveQuery(
    async () => (await database.cases.get(caseId)) ?? null,
    [database, caseId],
  );
  if (theCase === undefined) {
    return (
      <p className="page" role="status">
        {t('composer.loading')}
      </p>
    );
  }
  if (theCase === null) return <NotFoundPage />;
  if (theCase.targets.length === 0 || !theCase.sampleLetter || theCase.status === 'withdrawn') {
    return <NoLetter theCase={theCase} />;
  }
  return <Composer theCase={theCase} />;
}

function BackToCase({ theCase }: { theCase: Case }) {
  const { t } = useTranslation('letters');
  return (
    <Link href={`/cases/${theCase.id}`} className="back-link">
      <BackIcon />
      {t('composer.backToCase')}
    </Link>
  );
}

function NoLetter({ theCase }: { theCase: Case }) {
  const { t } = useTranslation('letters');
  useDocumentTitle(t('composer.title'));
  return (
    <div className="page">
      <BackToCase theCase={theCase} />
      <h1>{t('composer.title')}</h1>
      <p>{theCase.status === 'withdrawn' ? t('composer.withdrawn') : t('composer.noLetter')}</p>
    </div>
  );
}

function Composer({ theCase }: { theCase: Case }) {
  const { t } = useTranslation('letters');
  const uiLanguage = useUiLanguage();
  const database = useDatabase();
  const profile = useProfile();
  const [, navigate] = useLocation();
  const id = useId();
  const [targetIds, setTargetIds] = useState<string[]>(() =>
    theCase.targets[0] ? [theCase.targets[0].id] : [],
  );
  const [language, setLanguage] = useState<Language>(theCase.preferredLanguage);
  const [step, setStep] = useState<'choose' | 'profile'>('choose');
  const [targetsMissing, setTargetsMissing] = useState(false);
  const [failed, setFailed] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const firstStep = useRef(true);
  useDocumentTitle(t('composer.title'));

  // Each step replaces the other in place; focus follows so a screen reader hears the new step.
  useEffect(() => {
    if (firstStep.current) {
      firstStep.current = false;
      return;
    }
    if (step === 'profile') stepHeading.current?.focus();
    else formRef.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, [step]);

  const startWriting = async (sender: SenderDetails) => {
    const chosen = theCase.targets.filter((target) => targetIds.includes(target.id));
    try {
      const drafts = await createDrafts(database, theCase, chosen, language, sender, new Date());
      if (drafts[0]) navigate(`/letters/${drafts[0].id}`);
    } catch (error) {
      console.error('Could not create the drafts', error);
      setFailed(true);
    }
  };

  const submitChoices = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (targetIds.length === 0) {
      setTargetsMissing(true);
      formRef.current?.querySelector<HTMLInputElement>('input[type="checkbox"]')?.focus();
      return;
    }
    // On a slow phone the tap can come before the live query has answered; read the profile
    // now rather than ignoring the tap.
    const current = profile ?? (await database.profile.get('me')) ?? null;
    if (current === null) setStep('profile');
    else void startWriting(current);
  };

  const toggleTarget = (targetId: string, checked: boolean) => {
    setTargetsMissing(false);
    setTargetIds((current) =>
      checked
        ? theCase.targets.map((t) => t.id).filter((t) => t === targetId || current.includes(t))
        : current.filter((t) => t !== targetId),
    );
  };

  return (
    <div className="page composer">
      <BackToCase theCase={theCase} />
      <h1>{t('composer.title')}</h1>
      <p className="composer-case">{theCase.title[uiLanguage]}</p>
      <CaseStatusText item={theCase} className="deadline-callout" wording="letters" />

      {step === 'choose' ? (
        <form ref={formRef} noValidate onSubmit={(event) => void submitChoices(event)}>
          <fieldset
            className="choice-group"
            aria-describedby={`${id}-targets-hint${targetsMissing ? ` ${id}-targets-error` : ''}`}
          >
            <legend>{t('composer.targetsLegend')}</legend>
            <p className="hint" id={`${id}-targets-hint`}>
              {t('composer.targetsHint')}
            </p>
            {targetsMissing && (
              <p className="field-error" id={`${id}-targets-error`}>
                {t('composer.targetsRequired')}
              </p>
            )}
            {theCase.targets.map((target) => (
              <label key={target.id} className="choice choice-target">
                <input
                  type="checkbox"
                  name="target"
                  value={target.id}
                  checked={targetIds.includes(target.id)}
                  onChange={(e) => toggleTarget(target.id, e.target.checked)}
                />
                <span>
                  <span className="choice-title">{target.name[uiLanguage]}</span>
                  <span className="choice-detail">{target.role[uiLanguage]}</span>
                </span>
              </label>
            ))}
          </fieldset>

          <fieldset className="choice-group" aria-describedby={`${id}-language-hint`}>
            <legend>{t('composer.languageLegend')}</legend>
            <p className="hint" id={`${id}-language-hint`}>
              {t(`composer.preferredHint.${theCase.preferredLanguage}`)}
            </p>
            {LANGUAGES.map((option) => (
              <label key={option} className="choice" lang={option}>
                <input
                  type="radio"
                  name="letter-language"
                  value={option}
                  checked={language === option}
                  onChange={() => setLanguage(option)}
                />
                <span>{LANGUAGE_ENDONYM[option]}</span>
              </label>
            ))}
          </fieldset>

          <button type="submit" className="button">
            {t('composer.start')}
          </button>
        </form>
      ) : (
        <section aria-labelledby={`${id}-profile-heading`}>
          <h2 id={`${id}-profile-heading`} ref={stepHeading} tabIndex={-1}>
            {t('composer.profileHeading')}
          </h2>
          <p>{t('composer.profileIntro')}</p>
          <ProfileForm
            initial={null}
            submitLabel={t('composer.profileSubmit')}
            onSaved={(saved) => void startWriting(saved)}
            secondaryAction={
              <button
                type="button"
                className="button button-secondary"
                onClick={() => setStep('choose')}
              >
                {t('composer.backToChoices')}
              </button>
            }
          />
        </section>
      )}
      {failed && (
        <p className="field-error" role="alert">
          {t('composer.failed')}
        </p>
      )}
    </div>
  );
}

// Each language named in itself (and marked with `lang`), as in Settings: "Español" is what a
// Spanish reader looks for, and a screen reader pronounces it right.
const LANGUAGE_ENDONYM: Record<Language, string> = { en: 'English', es: 'Español' };
