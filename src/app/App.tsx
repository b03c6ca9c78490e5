import { Suspense } from 'react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { Router, type BaseLocationHook } from 'wouter';
import type { CartaDatabase } from '../db/database';
import { DatabaseProvider } from './DatabaseContext';
import { ErrorBoundary } from './ErrorBoundary';
import { LoadingScreen } from './LoadingScreen';
import { Shell } from './Shell';

export interface AppProps {
  database: CartaDatabase;
  i18n: I18n;
  /** Where the router reads the path from; the browser's address bar unless a test gives another. */
  locationHook?: BaseLocationHook;
}

export function App({ database, i18n, locationHook }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <DatabaseProvider database={database}>
        <Router {...(locationHook ? { hook: locationHook } : {})}>
          <ErrorBoundary>
            <Suspense fallback={<LoadingScreen />}>
              <Shell />
            </Suspense>
          </ErrorBoundary>
        </Router>
      </DatabaseProvider>
    </I18nextProvider>
  );
}
