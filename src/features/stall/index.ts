// The stall feature as the rest of the app may use it; everything else in this folder is its own.
import { lazyScreen } from '../../ui/lazyScreen';

export const StallPage = lazyScreen(async () => (await import('./StallPage')).StallPage);
// Only a phone running a stall shows the kiosk, so its code must not slow every first visit.
export const Kiosk = lazyScreen(async () => (await import('./Kiosk')).Kiosk);
export { useOpenKiosk } from './useStallSessions';
// A member signing a petition on their own phone: the way there is on every open petition's page,
// so it is small and in the first download; the screen itself arrives when it is opened.
export { SignPetitionLink } from './SignPetitionLink';
export const SignPetitionPage = lazyScreen(
  async () => (await import('./SignPetitionPage')).SignPetitionPage,
);
