// The letters feature as the rest of the app may use it; everything else in this folder is its own.
import { lazyScreen } from '../../ui/lazyScreen';

export const ComposerPage = lazyScreen(async () => (await import('./ComposerPage')).ComposerPage);
export const DraftEditorPage = lazyScreen(
  async () => (await import('./DraftEditorPage')).DraftEditorPage,
);
export const LettersPage = lazyScreen(async () => (await import('./LettersPage')).LettersPage);
export const PrintLetterPage = lazyScreen(
  async () => (await import('./print/PrintLetterPage')).PrintLetterPage,
);
