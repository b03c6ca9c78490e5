import { Route, Switch } from 'wouter';
import { CaseListPage } from '../features/cases/CaseListPage';
import { CasePage } from '../features/cases/CasePage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { NotFoundPage } from './NotFoundPage';

export function AppRoutes() {
  return (
    <Switch>
      <Route path="/" component={CaseListPage} />
      <Route path="/cases/:id">{(params) => <CasePage caseId={params.id} />}</Route>
      <Route path="/settings" component={SettingsPage} />
      <Route component={NotFoundPage} />
    </Switch>
  );
}
