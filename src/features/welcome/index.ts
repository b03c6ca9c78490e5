// The first-run welcome: its state is read before the case list's first render; its card (text,
// install help) is a chunk of its own that a returning member never downloads.
import { createElement, lazy, type ComponentProps } from 'react';

export { isWelcomeDismissed, dismissWelcome } from './welcomeState';

type WelcomeCardModule = typeof import('./WelcomeCard');

let loading: Promise<WelcomeCardModule> | null = null;
let loaded: WelcomeCardModule | null = null;
const loadWelcomeCard = () =>
  (loading ??= import('./WelcomeCard').then(
    (module) => (loaded = module),
    (error: unknown) => {
      // A download cut off on a bad connection is tried again next time the card is wanted.
      loading = null;
      throw error;
    },
  ));

/**
 * Starts the download while the case list reads its cases, so both appear together; the app's
 * first render waits for it on a first visit.
 */
export async function preloadWelcome(): Promise<void> {
  await loadWelcomeCard();
}

const LazyWelcomeCard = lazy(async () => ({ default: (await loadWelcomeCard()).WelcomeCard }));

/**
 * The card itself once its code is here, so the list's first render has it (a lazy component
 * waits a turn even when its code has arrived, and the list would first show "Loading").
 */
export function WelcomeCard(props: ComponentProps<WelcomeCardModule['WelcomeCard']>) {
  return createElement(loaded ? loaded.WelcomeCard : LazyWelcomeCard, props);
}
