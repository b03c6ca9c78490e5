// The first-run welcome: its state is read before the case list's first render; its card (text,
// install help) is a chunk of its own that a returning member never downloads.
import { lazy } from 'react';

export { isWelcomeDismissed, dismissWelcome } from './welcomeState';

let loading: Promise<typeof import('./WelcomeCard')> | null = null;
const loadWelcomeCard = () => (loading ??= import('./WelcomeCard'));

/** Starts the download while the case list reads its cases, so both appear together. */
export function preloadWelcome(): void {
  void loadWelcomeCard();
}

export const WelcomeCard = lazy(async () => ({ default: (await loadWelcomeCard()).WelcomeCard }));
