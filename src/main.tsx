import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App';
import { afterFirstRender } from './app/afterFirstRender';
import { createI18n, NAMESPACES } from './app/i18n';
import { namespacesForFirstScreen } from './app/firstScreen';
import { StorageErrorScreen } from './app/StorageErrorScreen';
import { loadBundledCases } from './db/loadBundledCases';
import { db } from './db/database';
import { AppSync } from './sync/appSync';
import './app/styles.css';

async function openDatabase(): Promise<boolean> {
  try {
    // The bundled cases are a chunk of their own, fetched while the database opens, so the first
    // download carries code only.
    const [{ bundledCases }] = await Promise.all([import('./content/bundledCases'), db.open()]);
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
  // Until React renders, index.html's own frame is on screen; the first render waits only for the
  // strings this screen shows and for the cases, nothing else.
  const [i18n, databaseReady] = await Promise.all([
    createI18n({ namespaces: namespacesForFirstScreen(window.location.pathname) }),
    openDatabase(),
  ]);
  const sync = new AppSync(db);

  createRoot(container).render(
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

  afterFirstRender(() => {
    if (databaseReady) {
      // Delivers whatever waits in the outbox now, and again on every trigger for as long as the app runs.
      sync.start({
        fetch: (input, init) => fetch(input, init),
        locks: navigator.locks ?? null,
        events: window,
        document,
      });
    }
    // The other screens' strings, so moving to them never waits on a download.
    void i18n.loadNamespaces([...NAMESPACES]);
  });
}

void boot();
