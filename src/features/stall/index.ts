// The stall feature as the rest of the app may use it; everything else in this folder is its own.
import { lazyScreen } from '../../ui/lazyScreen';

export const StallPage = lazyScreen(async () => (await import('./StallPage')).StallPage);
// Only a phone running a stall shows the kiosk, so its code must not slow every first visit.
export const Kiosk = lazyScreen(async () => (await import('./Kiosk')).Kiosk);
export { useOpenKiosk } from './useStallSessions';
