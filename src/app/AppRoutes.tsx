import { lazy, Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { CaseListPage } from '../features/cases/CaseListPage';
import { CasePage } from '../features/cases/CasePage';
import { NotFoundPage } from './NotFoundPage';
import { ScreenLoading } from './ScreenLoading';

// A first visit on a cheap phone needs only the case list and a case; every other screen's code
// arrives when it is first opened (the service worker precaches it all, so this works offline too).
const ComposerPage = lazy(() =>
  import('../features/letters/ComposerPage').then((m) => ({ default: m.ComposerPage })),
);
const DraftEditorPage = lazy(() =>
  import('../features/letters/DraftEditorPage').then((m) => ({ default: m.DraftEditorPage })),
);
const LettersPage = lazy(() =>
  import('../features/letters/LettersPage').then((m) => ({ default: m.LettersPage })),
);
const PrintLetterPage = lazy(() =>
  import('../features/letters/print/PrintLetterPage').then((m) => ({
    default: m.PrintLetterPage,
  })),
);
const ActivityPage = lazy(() =>
  import('../features/activity/ActivityPage').then((m) => ({ default: m.ActivityPage })),
);
const JoinPage = lazy(() =>
  import('../features/group/JoinPage').then((m) => ({ default: m.JoinPage })),
);
const StallPage = lazy(() =>
  import('../features/stall/StallPage').then((m) => ({ default: m.StallPage })),
);
const SettingsPage = lazy(() =>
  import('../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })),
);

export function AppRoutes() {
  return (
    <Suspense fallback={<ScreenLoading />}>
      <Switch>
        <Route path="/" component={CaseListPage} />
        <Route path="/cases/:id/write">{(params) => <ComposerPage caseId={params.id} />}</Route>
        <Route path="/cases/:id">{(params) => <CasePage caseId={params.id} />}</Route>
        <Route path="/letters" component={LettersPage} />
        <Route path="/letters/:draftId/print">
          {(params) => <PrintLetterPage draftId={params.draftId} />}
        </Route>
        {/* Keyed by draft, so opening another letter never carries unsaved text across. */}
        <Route path="/letters/:draftId">
          {(params) => <DraftEditorPage key={params.draftId} draftId={params.draftId} />}
        </Route>
        <Route path="/activity" component={ActivityPage} />
        <Route path="/join" component={JoinPage} />
        {/* The kiosk itself is shown by the shell while open; after it closes this address shows the stall. */}
        <Route path="/stall/kiosk" component={StallPage} />
        <Route path="/stall" component={StallPage} />
        <Route path="/settings" component={SettingsPage} />
        <Route component={NotFoundPage} />
      </Switch>
    </Suspense>
  );
}
