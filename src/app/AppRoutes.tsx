import { Route, Switch } from 'wouter';
import { ActivityPage } from '../features/activity/ActivityPage';
import { CaseListPage } from '../features/cases/CaseListPage';
import { CasePage } from '../features/cases/CasePage';
import { ComposerPage } from '../features/letters/ComposerPage';
import { DraftEditorPage } from '../features/letters/DraftEditorPage';
import { LettersPage } from '../features/letters/LettersPage';
import { PrintLetterPage } from '../features/letters/print/PrintLetterPage';
import { JoinPage } from '../features/group/JoinPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { StallPage } from '../features/stall/StallPage';
import { NotFoundPage } from './NotFoundPage';

export function AppRoutes() {
  return (
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
  );
}
