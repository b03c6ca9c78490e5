import type { Case } from '../domain/case';
import { codePointOrder } from '../domain/codePointOrder';

// Eager, so the cases are one chunk of the build and the service worker precaches them with it: a
// member who installed the app offline still has every case to read. The app imports this module
// lazily, while its database opens, so the cases are not part of the first script download.
// Not validated here: the content test proves each file is exactly what caseSchema would return
// (defaults included), and leaving the schema library out of start-up keeps the first load light.
const caseFiles = import.meta.glob<Case>('./cases/*.json', { eager: true, import: 'default' });

export const bundledCases: Case[] = Object.values(caseFiles)
  // Code-point order, not localeCompare: the same on every phone, so BUNDLE_VERSION is too.
  .sort((a, b) => codePointOrder(a.id, b.id));

/** Changes whenever a case is added, removed or revised, so the app knows to reload the bundle. */
export const BUNDLE_VERSION: string = bundledCases.map((c) => `${c.id}@${c.version}`).join(',');
