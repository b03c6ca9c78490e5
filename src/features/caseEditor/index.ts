// The case editor as the rest of the app may use it: two lazy screens, only for the coordinator.
import { lazyScreen } from '../../ui/lazyScreen';

export const CaseEditorListPage = lazyScreen(
  async () => (await import('./CaseEditorListPage')).CaseEditorListPage,
);
export const CaseEditorPage = lazyScreen(
  async () => (await import('./CaseEditorPage')).CaseEditorPage,
);
