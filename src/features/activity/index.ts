// The activity feature as the rest of the app may use it; everything else in this folder is its own.
import { lazyScreen } from '../../ui/lazyScreen';

export const ActivityPage = lazyScreen(async () => (await import('./ActivityPage')).ActivityPage);
export { useActivityTab } from './useActivityTab';
