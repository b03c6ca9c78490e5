// The coordinator feature as the rest of the app may use it: the link in Settings, the guard the
// case editor shares, and the coordinator area's screens, each lazy (only one phone in a group
// ever opens them).
import { lazyScreen } from '../../ui/lazyScreen';

export { CoordinatorSettings } from './CoordinatorSettings';
export { CoordinatorOnly } from './CoordinatorOnly';

export const GroupAreaPage = lazyScreen(
  async () => (await import('./GroupAreaPage')).GroupAreaPage,
);
export const GroupActivityPage = lazyScreen(
  async () => (await import('./activity/GroupActivityPage')).GroupActivityPage,
);
export const DevicesPage = lazyScreen(async () => (await import('./DevicesPage')).DevicesPage);
export const JoinCodesPage = lazyScreen(
  async () => (await import('./JoinCodesPage')).JoinCodesPage,
);
export const SignUpsPage = lazyScreen(async () => (await import('./SignUpsPage')).SignUpsPage);
export const DeliverFilePage = lazyScreen(
  async () => (await import('./delivery/DeliverFilePage')).DeliverFilePage,
);
