import { Suspense } from 'react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { Router, type BaseLocationHook, type BaseSearchHook } from 'wouter';
import type { CartaDatabase } from '../db/database';
import type { AppSync } from '../sync/appSync';
import { AppSyncProvider } from '../ui/AppSyncContext';
import { DatabaseProvider } from '../ui/DatabaseContext';
import { ErrorBoundary } from './ErrorBoundary';
import { StartupSplash } from './StartupSplash';
import { Shell } from './Shell';

export interface AppProps {
  database: CartaDatabase;
  i18n: I18n;
  /** Delivers the outbox; the app works without it being started, and records wait. */
  sync: AppSync;
  /** Where the router reads the path from; the browser's address bar unless a test gives another. */
  locationHook?: BaseLocationHook;
  /** Where the router reads the query string from, likewise. */
  searchHook?: BaseSearchHook;
}

export function App({ database, i18n, sync, locationHook, searchHook }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <DatabaseProvider database={database}>
        <AppSyncProvider sync={sync}>
          <Router
            {...(locationHook ? { hook: locationHook } : {})}
            {...(searchHook ? { searchHook } : {})}
          >
            <ErrorBoundary>
              <Suspense fallback={<StartupSplash />}>
                <Shell />
              </Suspense>
            </ErrorBoundary>
          </Router>
        </AppSyncProvider>
      </DatabaseProvider>
    </I18nextProvider>
  );
}
