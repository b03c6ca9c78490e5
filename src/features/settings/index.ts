// The settings feature as the rest of the app may use it; everything else in this folder is its own.
import { lazyScreen } from '../../ui/lazyScreen';

export const SettingsPage = lazyScreen(async () => (await import('./SettingsPage')).SettingsPage);
