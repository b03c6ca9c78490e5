import { lazy, Suspense, useEffect, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Case } from '../../domain/case';
import { useAfterFirstPaint } from '../../ui/afterFirstPaint';
import { useDatabase } from '../../ui/DatabaseContext';
import { useFirstScreenLiveQuery } from '../../ui/firstScreenData';
import { caseScreenKey, readCase } from './caseScreenReads';
import { BackIcon } from '../../ui/icons';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useStartScreenSnapshot } from '../../ui/useStartScreenSnapshot';
import { useUiLanguage } from '../../ui/useUiLanguage';
import { CaseMainActions } from './CaseMainActions';
import { CaseFacts } from './CaseFacts';
import { CaseStanding } from './CaseStanding';
import { newestUpdateOn, recordCaseOpened } from './caseReads';
import { caseListAddress } from './listAddress';
import { UpdatesTimeline } from './UpdatesTimeline';
import { MessageScreen } from '../../ui/MessageScreen';
import './cases.css';

const CaseDetails = lazy(async () => ({ default: (await import('./CaseDetails')).CaseDetails }));

export function CasePage({ caseId }: { caseId: string }) {
  const { t } = useTranslation('cases');
  const database = useDatabase();
  const item = useFirstScreenLiveQuery(caseScreenKey(caseId), () => readCase(database, caseId), [
    database,
    caseId,
  ]);

  if (item === undefined) {
    return (
      <p className="page" role="status">
        {t('page.loading')}
      </p>
    );
  }
  if (item === null) return <PublicCaseLoader caseId={caseId} />;
  return <CaseScreen item={item} />;
}

/**
 * A case this phone does not hold: a passer-by who scanned a stall's QR code, or a member whose
 * phone has not synced it yet. The group's server gives public cases to anyone; once read, the
 * case is kept here like any other, and the live query above shows it.
 */
function PublicCaseLoader({ caseId }: { caseId: string }) {
  const { t } = useTranslation('cases');
  const database = useDatabase();
  const [failed, setFailed] = useState<'not-found' | 'unreachable' | null>(null);
  useEffect(() => {
    let current = true;
    void import('../../sync/publicCases')
      .then(({ loadPublicCase }) => loadPublicCase(database, window.location.origin, caseId))
      .then((outcome) => {
        if (current && !outcome.ok) setFailed(outcome.reason);
      })
      .catch(() => {
        if (current) setFailed('unreachable');
      });
    return () => {
      current = false;
    };
  }, [database, caseId]);
  if (failed === null) {
    return (
      <p className="page" role="status">
        {t('page.fetching')}
      </p>
    );
  }
  return <CaseNotFound offline={failed === 'unreachable'} />;
}

function CaseScreen({ item }: { item: Case }) {
  const language = useUiLanguage();
  const database = useDatabase();
  useDocumentTitle(item.reference?.[language] ?? item.title[language]);
  // Again when an update arrives while the page is open: the member sees it here at once.
  const newestUpdate = newestUpdateOn(item);
  useEffect(() => {
    recordCaseOpened(database, item.id, newestUpdate, new Date()).catch((error: unknown) =>
      console.error('Could not remember that the case was opened', error),
    );
  }, [database, item.id, newestUpdate]);
  // A case opened from a link or a notification, or reloaded, shows at once the next time.
  const article = useRef<HTMLElement>(null);
  useStartScreenSnapshot(article, true);
  return <CaseArticle item={item} ref={article} />;
}

function CaseNotFound({ offline }: { offline: boolean }) {
  const { t } = useTranslation('cases');
  return (
    <MessageScreen
      title={t('notFound.title')}
      text={offline ? t('notFound.offline') : t('notFound.text')}
      backLabel={t('notFound.back')}
    />
  );
}

/**
 * A case as members read it. `preview` is the coordinator's view of an unpublished case: the same
 * text, with nothing that would act on the case (write, report, leave the page).
 */
export function CaseArticle({
  item,
  preview = false,
  ref,
}: {
  item: Case;
  preview?: boolean;
  ref?: Ref<HTMLElement>;
}) {
  const { t } = useTranslation('cases');
  const language = useUiLanguage();
  const Heading = preview ? 'h2' : 'h1';
  const firstScreenPainted = useAfterFirstPaint();

  return (
    <article className="page case" ref={ref}>
      {!preview && (
        <Link href={caseListAddress()} className="back-link">
          <BackIcon />
          {t('page.backToList')}
        </Link>
      )}
      <Heading className="case-title">{item.title[language]}</Heading>
      <CaseStanding item={item} />
      <p className="case-summary">{item.summary[language]}</p>
      {!preview && <CaseMainActions item={item} />}
      {item.updates.length > 0 && <UpdatesTimeline updates={item.updates} />}
      <CaseFacts item={item} />

      {/* Open in the coordinator's preview: there the text is what is being checked. */}
      <details className="case-section case-more" open={preview}>
        <summary>{t('page.background')}</summary>
        {item.background[language].map((paragraph, i) => (
          <p key={i}>{paragraph}</p>
        ))}
      </details>

      {/* Below the first screen: its code comes once that screen is painted, and nothing is in
          its place until then. */}
      {firstScreenPainted && (
        <Suspense fallback={null}>
          <CaseDetails item={item} preview={preview} />
        </Suspense>
      )}
    </article>
  );
}
