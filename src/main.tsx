import { startTransition, StrictMode } from 'react';
import { unstable_forceFrameRate } from 'scheduler';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App';
import {
  afterFirstPaint,
  FirstPaintWatch,
  holdFirstPaintWatchUntilCommit,
} from './ui/afterFirstPaint';
import { createI18n, NAMESPACES } from './app/i18n';
import { namespacesForFirstScreen } from './app/firstScreen';
import { StorageErrorScreen } from './app/StorageErrorScreen';
import { localStorageBundleStamps, openWithBundledCases } from './db/openWithBundledCases';
import { db } from './db/database';
import { AppSync } from './sync/appSync';
import { prepareCaseFormatting, readFirstCaseScreen } from './features/cases';
import { isLanguage } from './domain/language';
import { isWelcomeDismissed, preloadWelcome } from './features/welcome';
import { primeFirstScreen } from './ui/firstScreenData';
import { linkWebManifest } from './app/webManifest';
import './app/styles.css';

// The entry chunk's address carries a hash that changes whenever the bundled cases' chunk does
// (its name is written into the entry), so it names this build's bundle.
const bundleStamps = localStorageBundleStamps('carta.bundleLoadedBy');

async function openDatabase(): Promise<boolean> {
  try {
    await openWithBundledCases(db, import.meta.url, bundleStamps, async () => {
      return (await import('./content/bundledCases')).bundledCases;
    });
    return true;
  } catch (error) {
    // Private modes, a full disk or blocked site data: without storage there is no offline app.
    console.error('Could not open the database', error);
    return false;
  }
}

/** Reads what the first screen shows while its strings load, so its first render has it. */
async function openDatabaseForFirstScreen(path: string): Promise<boolean> {
  if (!(await openDatabase())) return false;
  const firstScreen = await readFirstCaseScreen(db, path).catch(() => null);
  if (firstScreen) primeFirstScreen(...firstScreen);
  return true;
}

/**
 * Ends the current task: the start goes on in a new one, ahead of other waiting work where the
 * browser can (scheduler.yield).
 */
function nextTask(): Promise<void> {
  const { scheduler } = globalThis as { scheduler?: { yield?: () => Promise<void> } };
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

async function boot(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  // Until React renders, index.html's own frame is on screen; the first render waits only for the
  // strings this screen shows and for the cases, nothing else.
  const path = window.location.pathname;
  // The database first: opening it is the longest wait of a later start (50 ms and more at 4x
  // CPU), and setting up i18next before asking for it made that wait start 12-20 ms later.
  const database = openDatabaseForFirstScreen(path);
  const welcome =
    path === '/' && !isWelcomeDismissed()
      ? preloadWelcome().catch((error: unknown) => {
          // The list shows without it and its lazy card tries again.
          console.error('Could not load the welcome', error);
        })
      : null;
  const strings = createI18n({ namespaces: namespacesForFirstScreen(path) });
  // The formatters take a task of their own while the strings and the cases load: in the same task
  // as evaluating the app's code, the first use of Intl (its locale data) made one task of well
  // over the 50 ms that make a tap wait on a slow phone.
  await nextTask();
  // i18next has chosen the language by now and written it to <html lang> (createI18n).
  const language = document.documentElement.lang;
  if (isLanguage(language)) prepareCaseFormatting(language);
  const [i18n, databaseReady] = await Promise.all([strings, database, welcome]);
  const sync = new AppSync(db);

  holdFirstPaintWatchUntilCommit();
  // The first screen renders as a transition, in slices between which the phone can answer a tap:
  // in one go it was a single task of 140 ms and more at 4x CPU on a first visit. React's own
  // 5 ms slices made a later offline start a fifth slower (at 4x, 5 ms of the clock is little more
  // than 1 ms of work between two yields); 12 ms slices cost it about 3 % (15 interleaved reloads,
  // four times) and keep each task well under the 50 ms that make a tap wait.
  unstable_forceFrameRate(80);
  const root = createRoot(container);
  startTransition(() =>
    root.render(
      <StrictMode>
        <FirstPaintWatch />
        {databaseReady ? (
          <App database={db} i18n={i18n} sync={sync} />
        ) : (
          <I18nextProvider i18n={i18n}>
            <StorageErrorScreen />
          </I18nextProvider>
        )}
      </StrictMode>,
    ),
  );

  afterFirstPaint(() => {
    linkWebManifest();
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
