import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Case, Target } from '../../domain/case';
import { composeLetter } from '../../domain/composeLetter';
import { localDate } from '../../domain/deadline';
import { formatCalendarDate } from '../../domain/calendarDate';
import type { Draft } from '../../db/rows';
import { useDatabase } from '../../ui/DatabaseContext';
import { BackIcon } from '../../ui/icons';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useMediaQuery } from '../../ui/useMediaQuery';
import { useUiLanguage } from '../../ui/useUiLanguage';
import { AutoGrowTextarea } from './AutoGrowTextarea';
import { CaseStatusText } from '../cases';
import { CaseChangedNotice } from './CaseChangedNotice';
import { ReadingCopy, SIDE_BY_SIDE_QUERY } from './ReadingCopy';
import { RecipientBlock } from './RecipientBlock';
import { retargetDraft } from './retargetDraft';
import { SalutationChoice } from './SalutationChoice';
import { SendPanel } from './send/SendPanel';
import { useDraft, type DraftHandle, type SaveState } from './useDraft';
import '../../ui/forms.css';
import './letters.css';

/** `/letters/:draftId`: the letter being written, saved on the phone as the member types. */
export function DraftEditorPage({ draftId }: { draftId: string }) {
  const { t } = useTranslation('letters');
  const database = useDatabase();
  const handle = useDraft(draftId);
  const caseId = handle.draft?.caseId;
  const theCase = useLiveQuery(
    async () => (caseId ? ((await database.cases.get(caseId)) ?? null) : undefined),
    [database, caseId],
  );

  if (handle.draft === undefined || (handle.draft && theCase === undefined)) {
    return (
      <p className="page" role="status">
        {t('editor.loading')}
      </p>
    );
  }
  if (handle.draft === null) return <Missing text={t('editor.notFoundText')} />;
  const target = theCase?.targets.find((candidate) => candidate.id === handle.draft?.targetId);
  if (!theCase || !target) return <Missing text={t('editor.recipientMissing')} />;
  return <DraftEditor handle={handle} draft={handle.draft} theCase={theCase} target={target} />;
}

function Missing({ text }: { text: string }) {
  const { t } = useTranslation('letters');
  useDocumentTitle(t('editor.notFoundTitle'));
  return (
    <div className="message-screen">
      <h1>{t('editor.notFoundTitle')}</h1>
      <p>{text}</p>
      <Link href="/letters" className="button">
        {t('editor.goToLetters')}
      </Link>
    </div>
  );
}

interface DraftEditorProps {
  handle: DraftHandle;
  draft: Draft;
  theCase: Case;
  target: Target;
}

function DraftEditor({ handle, draft, theCase, target }: DraftEditorProps) {
  const { t } = useTranslation('letters');
  const uiLanguage = useUiLanguage();
  const id = useId();
  const { edit, flush } = handle;
  useDocumentTitle(t('editor.title', { name: target.name[uiLanguage] }));
  const sideBySide = useMediaQuery(SIDE_BY_SIDE_QUERY);
  const readingCopy =
    draft.language === uiLanguage ? null : (
      <ReadingCopy
        theCase={theCase}
        target={target}
        draft={draft}
        language={uiLanguage}
        sideBySide={sideBySide}
      />
    );
  const onBlur = () => void flush();
  const day = localDate(draft.sentAt ? new Date(draft.sentAt) : new Date());

  const fields = (
    <div className="draft-fields">
      <RecipientBlock
        theCase={theCase}
        target={target}
        language={draft.language}
        onTargetChange={(next) => {
          edit(retargetDraft(draft, theCase, target, next));
          // A choice, not typing: nothing more is coming, so it is saved straight away.
          void flush();
        }}
      />
      <SalutationChoice
        draft={draft}
        target={target}
        onChange={(body) => {
          edit({ body });
          void flush();
        }}
      />
      <p className="letter-language">
        {t('editor.language', { language: t(`languageName.${draft.language}`) })}
      </p>
      {/* On a phone the reading copy opens here, to be read before the text it translates. */}
      {!sideBySide && readingCopy}
      <div className="field">
        <label htmlFor={`${id}-subject`}>{t('editor.subject')}</label>
        <input
          id={`${id}-subject`}
          type="text"
          lang={draft.language}
          value={draft.subject}
          onChange={(e) => edit({ subject: e.target.value })}
          onBlur={onBlur}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-body`}>{t('editor.body')}</label>
        <AutoGrowTextarea
          id={`${id}-body`}
          lang={draft.language}
          rows={12}
          value={draft.body}
          onChange={(e) => edit({ body: e.target.value })}
          onBlur={onBlur}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-own`}>{t('editor.ownParagraph')}</label>
        <p className="field-hint" id={`${id}-own-hint`}>
          {t('editor.ownParagraphHint')}
        </p>
        <AutoGrowTextarea
          id={`${id}-own`}
          rows={3}
          aria-describedby={`${id}-own-hint`}
          value={draft.ownParagraph}
          onChange={(e) => edit({ ownParagraph: e.target.value })}
          onBlur={onBlur}
        />
      </div>
    </div>
  );

  return (
    <div className="page draft-editor">
      <Link href="/letters" className="back-link">
        <BackIcon />
        {t('editor.backToLetters')}
      </Link>
      <h1>{t('editor.title', { name: target.name[uiLanguage] })}</h1>
      <p className="draft-case">
        <Link href={`/cases/${theCase.id}`}>
          {t('editor.aboutCase', { title: theCase.title[uiLanguage] })}
        </Link>
      </p>
      <SentState draft={draft} />
      <SaveStatusText state={handle.saveState} />
      <CaseChangedNotice draft={draft} theCase={theCase} />
      <CaseStatusText item={theCase} className="deadline-callout" wording="letters" />

      {sideBySide && readingCopy ? (
        <div className="draft-workspace draft-workspace-parallel">
          {fields}
          {readingCopy}
        </div>
      ) : (
        <div className="draft-workspace">{fields}</div>
      )}

      {/* The text above is the letter; the finished copy (date, own paragraph in its place) is
          there to check on demand, not a second copy to scroll past on the way to sending. */}
      <details className="letter-preview">
        <summary>{t('editor.previewHeading')}</summary>
        <div className="letter-sheet" lang={draft.language}>
          {/* Dated like the printed letter: the day it goes out, or went out. */}
          <p className="letter-date">
            <time dateTime={day}>{formatCalendarDate(day, draft.language)}</time>
          </p>
          <p className="letter-subject">{draft.subject}</p>
          <p className="letter-text">
            {composeLetter(draft.body, draft.ownParagraph, draft.language)}
          </p>
        </div>
      </details>

      <SendPanel draft={draft} theCase={theCase} target={target} />
    </div>
  );
}

function SaveStatusText({ state }: { state: SaveState }) {
  const { t } = useTranslation('letters');
  const text = {
    saving: t('editor.saving'),
    saved: t('editor.saved'),
    full: t('editor.storageFull'),
    failed: t('editor.saveFailed'),
  }[state];
  return (
    <p className={`save-status save-status-${state}`} role="status">
      {text}
    </p>
  );
}

function SentState({ draft }: { draft: Draft }) {
  const { t } = useTranslation('letters');
  const uiLanguage = useUiLanguage();
  if (!draft.sentAt || !draft.channel) return null;
  return (
    <p className="sent-state">
      {t('list.sent', {
        channel: t(`channel.${draft.channel}`),
        date: formatCalendarDate(localDate(new Date(draft.sentAt)), uiLanguage),
      })}
    </p>
  );
}
