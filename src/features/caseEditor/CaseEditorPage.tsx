import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { formFromCase } from '../../domain/caseForm';
import { localDate } from '../../domain/deadline';
import type { Language } from '../../domain/language';
import { useDatabase } from '../../ui/DatabaseContext';
import { BackIcon } from '../../ui/icons';
import { MessageScreen } from '../../ui/MessageScreen';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useUiLanguage } from '../../ui/useUiLanguage';
import { CaseFormSections } from './CaseFormSections';
import { CasePreview } from './CasePreview';
import { CoordinatorOnly } from '../coordinator';
import { ProblemsContext, problemsByField } from './EditorFields';
import { previewCase } from './previewCase';
import { ProblemSummary } from './ProblemSummary';
import { PublishedVersions } from './PublishedVersions';
import { PublishResult } from './PublishResult';
import { StaleVersion } from './StaleVersion';
import { TranslationStatus } from './TranslationStatus';
import { useCaseDraft } from './useCaseDraft';
import { usePublishCase } from './usePublishCase';
import '../../ui/forms.css';
import './caseEditor.css';

type Mode = 'edit' | Language;

export function CaseEditorPage({ draftId }: { draftId: string }) {
  return (
    <CoordinatorOnly>
      <CaseEditor draftId={draftId} />
    </CoordinatorOnly>
  );
}

function CaseEditor({ draftId }: { draftId: string }) {
  const { t } = useTranslation('caseEditor');
  const language = useUiLanguage();
  const database = useDatabase();
  const [, navigate] = useLocation();
  const { row, form, saveState, change, rebase, flush } = useCaseDraft(draftId);
  const { state, publish, reset } = usePublishCase();
  const [mode, setMode] = useState<Mode>('edit');
  const summaryRef = useRef<HTMLDivElement>(null);
  const today = localDate(new Date());
  useDocumentTitle(row?.baseVersion ? t('editor.editHeading') : t('editor.newHeading'));

  const problems = state.step === 'problems' ? state.problems : [];
  useEffect(() => {
    if (state.step === 'problems') summaryRef.current?.focus();
  }, [state]);

  if (!row || !form) {
    if (row === null) {
      return (
        <MessageScreen
          title={t('notFound.title')}
          text={t('notFound.text')}
          backLabel={t('notFound.back')}
        />
      );
    }
    return null;
  }

  async function onPublish(baseVersion: number | null) {
    if (!form) return;
    setMode('edit');
    await flush();
    const outcome = await publish(form, baseVersion);
    if (outcome.step === 'published') {
      await database.caseDrafts.delete(draftId);
      navigate(`/group/cases?published=${encodeURIComponent(outcome.published.id)}`);
    }
  }

  async function discard() {
    if (!window.confirm(t('editor.discardConfirm'))) return;
    await flush();
    await database.caseDrafts.delete(draftId);
    navigate('/group/cases');
  }

  const published = row.baseVersion !== null;
  return (
    <div className="page case-editor">
      <Link href="/group/cases" className="back-link">
        <BackIcon />
        {t('editor.back')}
      </Link>
      <h1>{published ? t('editor.editHeading') : t('editor.newHeading')}</h1>
      <p className="editor-meta">
        {published ? t('editor.basedOn', { version: row.baseVersion }) : t('editor.notPublished')}{' '}
        <span role="status" className={`save-state save-${saveState}`}>
          {saveState === 'saving'
            ? t('editor.saving')
            : saveState === 'failed'
              ? t('editor.saveFailed')
              : t('editor.saved')}
        </span>
      </p>

      <ProblemSummary problems={problems} ref={summaryRef} />
      {state.step === 'stale' && (
        <StaleVersion
          mine={form}
          current={state.current}
          language={language}
          onKeepMine={() => {
            const base = state.current?.version ?? null;
            rebase(base);
            void onPublish(base);
          }}
          onTakeTheirs={() => {
            if (!state.current) return;
            rebase(state.current.version, formFromCase(state.current));
            reset();
          }}
        />
      )}

      <div className="editor-modes" role="group" aria-label={t('editor.mode')}>
        {(['edit', 'en', 'es'] as const).map((option) => (
          <button
            key={option}
            type="button"
            className="button button-secondary button-small"
            aria-pressed={mode === option}
            onClick={() => setMode(option)}
          >
            {option === 'edit'
              ? t('editor.edit')
              : option === 'en'
                ? t('editor.previewEn')
                : t('editor.previewEs')}
          </button>
        ))}
      </div>

      {mode === 'edit' ? (
        <ProblemsContext.Provider value={problemsByField(problems)}>
          <form
            className="editor-form"
            noValidate
            onBlur={() => void flush()}
            onSubmit={(event) => {
              event.preventDefault();
              void onPublish(row.baseVersion);
            }}
          >
            <CaseFormSections form={form} change={change} published={published} today={today} />
            <TranslationStatus form={form} />
            <PublishResult state={state} />
            <div className="form-actions">
              <button type="submit" className="button" disabled={state.step === 'working'}>
                {state.step === 'working'
                  ? t('publish.working')
                  : published
                    ? t('publish.updateButton')
                    : t('publish.button')}
              </button>
              <button
                type="button"
                className="button button-secondary"
                onClick={() => void discard()}
              >
                {t('editor.discard')}
              </button>
            </div>
          </form>
        </ProblemsContext.Provider>
      ) : (
        <CasePreview item={previewCase(form, new Date())} language={mode} />
      )}
      {published && <PublishedVersions caseId={form.id} />}
    </div>
  );
}
