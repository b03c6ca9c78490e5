// The group feature as the rest of the app may use it; everything else in this folder is its own.
import { lazyScreen } from '../../ui/lazyScreen';

export const JoinPage = lazyScreen(async () => (await import('./JoinPage')).JoinPage);
export { GroupSettings } from './GroupSettings';
export { RejoinBanner } from './RejoinBanner';
export { useMembership } from './useMembership';
