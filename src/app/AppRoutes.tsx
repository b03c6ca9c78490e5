import { memo, Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { ActivityPage } from '../features/activity';
import { CaseEditorListPage, CaseEditorPage } from '../features/caseEditor';
import { CaseListPage, CasePage } from '../features/cases';
import {
  DeliverFilePage,
  DevicesPage,
  GroupActivityPage,
  GroupAreaPage,
  JoinCodesPage,
  SignUpsPage,
} from '../features/coordinator';
import { JoinPage } from '../features/group';
import { ComposerPage, DraftEditorPage, LettersPage, PrintLetterPage } from '../features/letters';
import { SettingsPage } from '../features/settings';
import { SignPetitionPage, StallPage } from '../features/stall';
import { NotFoundPage } from '../ui/NotFoundPage';
import { ScreenLoading } from './ScreenLoading';

// The case list and the case page are in the first download; every other screen is lazy (see
// each feature's entry file), so this file can name them all without weighing on a first visit.
// Memo: the routes follow the address themselves, so the shell around them (its open-kiosk and
// waiting-count queries, which answer right after the first render) need not render every screen
// again each time it renders.
export const AppRoutes = memo(function AppRoutes() {
  return (
    <Suspense fallback={<ScreenLoading />}>
      <Switch>
        <Route path="/" component={CaseListPage} />
        <Route path="/cases/:id/write">{(params) => <ComposerPage caseId={params.id} />}</Route>
        <Route path="/cases/:id/sign">{(params) => <SignPetitionPage caseId={params.id} />}</Route>
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
        <Route path="/group" component={GroupAreaPage} />
        <Route path="/group/activity" component={GroupActivityPage} />
        <Route path="/group/devices" component={DevicesPage} />
        <Route path="/group/deliver" component={DeliverFilePage} />
        <Route path="/group/codes" component={JoinCodesPage} />
        <Route path="/group/signups" component={SignUpsPage} />
        <Route path="/group/cases" component={CaseEditorListPage} />
        {/* Keyed by draft, so opening another case never carries unsaved text across. */}
        <Route path="/group/cases/:draftId">
          {(params) => <CaseEditorPage key={params.draftId} draftId={params.draftId} />}
        </Route>
        <Route component={NotFoundPage} />
      </Switch>
    </Suspense>
  );
});
