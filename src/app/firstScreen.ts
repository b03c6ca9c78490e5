import type { Namespace } from './i18n';
import { isWelcomeDismissed } from '../features/welcome';

// The shell's own words (header, navigation with the Activity tab) and those of the two screens
// a first visit can open without a download; every other screen brings its namespace when shown.
const SHELL: readonly Namespace[] = ['common', 'activity'];

/** The locale namespaces the screen at this address shows on its first render. */
export function namespacesForFirstScreen(path: string): Namespace[] {
  if (path === '/')
    return [...SHELL, 'cases', ...(isWelcomeDismissed() ? [] : ['welcome' as const])];
  if (/^\/cases\/[^/]+\/?$/.test(path)) return [...SHELL, 'cases', 'actions'];
  return [...SHELL];
}
