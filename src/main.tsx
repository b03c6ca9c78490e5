import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App';
import { createI18n } from './app/i18n';
import { StorageErrorScreen } from './app/StorageErrorScreen';
import { bundledCases } from './content/bundledCases';
import { loadBundledCases } from './db/loadBundledCases';
import { db } from './db/database';
import { AppSync } from './sync/appSync';
import './app/styles.css';

async function openDatabase(): Promise<boolean> {
  try {
    await db.open();
    await loadBundledCases(db, bundledCases);
    return true;
  } catch (error) {
    // Private modes, a full disk or blocked site data: without storage there is no offline app.
    console.error('Could not open the database', error);
    return false;
  }
}

async function boot(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  const root = createRoot(container);
  const [i18n, databaseReady] = await Promise.all([createI18n(), openDatabase()]);
  const sync = new AppSync(db);
  if (databaseReady) {
    // Delivers whatever waits in the outbox now, and again on every trigger for as long as the app runs.
    sync.start({
      fetch: (input, init) => fetch(input, init),
      locks: navigator.locks ?? null,
      events: window,
      document,
    });
  }

  root.render(
    <StrictMode>
      {databaseReady ? (
        <App database={db} i18n={i18n} sync={sync} />
      ) : (
        <I18nextProvider i18n={i18n}>
          <StorageErrorScreen />
        </I18nextProvider>
      )}
    </StrictMode>,
  );
}

void boot();
