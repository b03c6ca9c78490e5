import { Suspense, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dismissWelcome, isWelcomeDismissed, preloadWelcome, WelcomeCard } from '../welcome';
import { useDatabase } from '../../ui/DatabaseContext';
import { useFirstScreenLiveQuery } from '../../ui/firstScreenData';
import { CASE_LIST_SCREEN, readCaseList } from './caseScreenReads';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useStartScreenSnapshot } from '../../ui/useStartScreenSnapshot';
import { CaseBrowser } from './CaseBrowser';
import './cases.css';

export function CaseListPage() {
  const { t } = useTranslation('cases');
  const database = useDatabase();
  // One query, so the list never shows for a moment without its "Updated" badges.
  const stored = useFirstScreenLiveQuery(CASE_LIST_SCREEN, () => readCaseList(database), [
    database,
  ]);
  useDocumentTitle(t('list.title'));
  const heading = useRef<HTMLHeadingElement>(null);
  // The screen a member opens Carta on, and so the one the next start shows at once.
  const page = useRef<HTMLDivElement>(null);
  useStartScreenSnapshot(page, stored !== undefined);
  const [welcome, setWelcome] = useState(() => {
    const show = !isWelcomeDismissed();
    // A failed download shows when the card itself asks for its code.
    if (show) void preloadWelcome().catch(() => undefined);
    return show;
  });
  const loading = <p role="status">{t('list.loading')}</p>;

  return (
    <div className="page" ref={page}>
      <h1 ref={heading} tabIndex={-1}>
        {t('list.title')}
      </h1>
      <p className="page-intro">{t('list.intro')}</p>
      {stored === undefined ? (
        loading
      ) : (
        // The welcome and the list appear together: a card arriving above a list already on
        // screen would push it down under the newcomer's thumb.
        <Suspense fallback={loading}>
          {welcome && (
            <WelcomeCard
              onDismiss={() => {
                dismissWelcome();
                setWelcome(false);
                heading.current?.focus();
              }}
            />
          )}
          {stored.cases.length === 0 ? (
            <p>{t('list.empty')}</p>
          ) : (
            <CaseBrowser cases={stored.cases} reads={stored.reads} />
          )}
        </Suspense>
      )}
    </div>
  );
}
