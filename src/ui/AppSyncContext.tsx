import { createContext, useContext, type ReactNode } from 'react';
import type { AppSync } from '../sync/appSync';

// A context rather than a module-level scheduler: the app (and each test) owns its own.
const AppSyncContext = createContext<AppSync | null>(null);

export function AppSyncProvider({ sync, children }: { sync: AppSync; children: ReactNode }) {
  return <AppSyncContext value={sync}>{children}</AppSyncContext>;
}

/** The app's outbox delivery; one that was never started answers every request with null. */
export function useAppSync(): AppSync {
  const sync = useContext(AppSyncContext);
  if (!sync) throw new Error('useAppSync() needs an <AppSyncProvider> above it');
  return sync;
}
