import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearch } from 'wouter';
import type { Target } from '../../../domain/case';
import { localDate } from '../../../domain/deadline';
import type { Draft } from '../../../db/rows';
import type { Channel } from '../../../domain/channels';
import { useDatabase } from '../../../ui/DatabaseContext';
import { BackIcon } from '../../../ui/icons';
import { formatCalendarDate } from '../../../domain/calendarDate';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useUiLanguage } from '../../../ui/useUiLanguage';
import { forgetPrinted, rememberPrinted } from '../send/pendingSentQuestion';
import { SentQuestion } from '../send/SentQuestion';
import { PrinterIcon } from '../send/sendIcons';
import { PAPER_SIZES, storePaperSize, storedPaperSize, type PaperSize } from './paperSize';
import { PrintedLetter } from './PrintedLetter';
import { usePrintPageClasses } from './usePrintPageClasses';
import '../send/send.css';
import './print.css';
import { MessageScreen } from '../../../ui/MessageScreen';

function editorHref(draftId: string): string {
  return `/letters/${encodeURIComponent(draftId)}`;
}

export function PrintLetterPage({ draftId }: { draftId: string }) {
  const { t } = useTranslation('letters', { keyPrefix: 'print' });
  const database = useDatabase();
  // null, not undefined, for "not found": useLiveQuery itself returns undefined while loading.
  const letter = useLiveQuery(async () => {
    const draft = await database.drafts.get(draftId);
    const theCase = draft && (await database.cases.get(draft.caseId));
    const target = theCase?.targets.find((candidate) => candidate.id === draft?.targetId);
    return draft && target ? { draft, target } : null;
  }, [database, draftId]);

  if (letter === undefined) {
    return (
      <p className="page" role="status">
        {t('loading')}
      </p>
    );
  }
  if (letter === null) return <PrintNotFound />;
  return <PrintView draftId={draftId} {...letter} />;
}

function PrintNotFound() {
  const { t } = useTranslation('letters', { keyPrefix: 'print' });
  return (
    <MessageScreen
      title={t('notFound.title')}
      text={t('notFound.text')}
      backLabel={t('notFound.back')}
    />
  );
}

interface PrintViewProps {
  draftId: string;
  draft: Draft;
  target: Target;
}

function PrintView({ draftId, draft, target }: PrintViewProps) {
  const { t } = useTranslation('letters', { keyPrefix: 'print' });
  const { t: tSend } = useTranslation('letters', { keyPrefix: 'send' });
  const uiLanguage = useUiLanguage();
  const search = useSearch();
  const via: 'post' | 'fax' =
    new URLSearchParams(search).get('via') === 'fax' && target.fax ? 'fax' : 'post';
  const [paperSize, setPaperSize] = useState<PaperSize>(storedPaperSize);
  const [asking, setAsking] = useState(false);
  const [marked, setMarked] = useState<{ channel: Channel; sentAt: Date } | null>(null);
  usePrintPageClasses(paperSize);
  useDocumentTitle(t('title'));

  // The print dialogue gives no answer about paper and ink, so "afterprint" only means the
  // dialogue closed: time to ask, here and again in the editor if the member goes back unanswered.
  useEffect(() => {
    function afterPrint() {
      rememberPrinted(draftId, via);
      setAsking(true);
    }
    window.addEventListener('afterprint', afterPrint);
    return () => window.removeEventListener('afterprint', afterPrint);
  }, [draftId, via]);

  function choosePaper(size: PaperSize) {
    setPaperSize(size);
    storePaperSize(size);
  }

  return (
    <div className="print-page">
      <div className="print-toolbar">
        <Link href={editorHref(draftId)} className="back-link">
          <BackIcon />
          {t('back')}
        </Link>
        <h1>{t('title')}</h1>
        <p className="hint">
          {via === 'fax' && target.fax ? t('hintFax', { fax: target.fax }) : t('hintPost')}
        </p>
        <fieldset className="choice-group">
          <legend>{t('paper')}</legend>
          {PAPER_SIZES.map((size) => (
            <label key={size} className="choice">
              <input
                type="radio"
                name="paper-size"
                value={size}
                checked={paperSize === size}
                onChange={() => choosePaper(size)}
              />
              {t(`paperSize.${size}`)}
            </label>
          ))}
        </fieldset>
        <button type="button" className="button send-action" onClick={() => window.print()}>
          <PrinterIcon />
          {t('print')}
        </button>
        <p role="status" className="send-status">
          {marked &&
            tSend(`sentAs.${marked.channel}`, {
              date: formatCalendarDate(localDate(marked.sentAt), uiLanguage),
            })}
        </p>
        {asking && (
          <SentQuestion
            draftId={draftId}
            channel={via}
            channels={[via]}
            onMarked={(channel, sentAt) => {
              forgetPrinted();
              setAsking(false);
              setMarked({ channel, sentAt });
            }}
            onNotYet={() => {
              forgetPrinted();
              setAsking(false);
            }}
          />
        )}
      </div>
      <PrintedLetter draft={draft} target={target} via={via} />
    </div>
  );
}
