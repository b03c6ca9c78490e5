import type { BackendModule, ResourceKey } from 'i18next';

// A glob, not static imports: Vite turns each locale file into its own chunk, so a phone downloads
// only the language it shows, and the service worker can still precache every chunk for offline use.
const localeLoaders = import.meta.glob<{ default: ResourceKey }>('./*/*.json', {
  base: '../../locales',
});

/** An i18next backend that reads `locales/<language>/<namespace>.json` from the bundle. */
export const localeBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    const load = localeLoaders[`./${language}/${namespace}.json`];
    if (!load) {
      callback(new Error(`No translations for ${language}/${namespace}`), false);
      return;
    }
    load().then(
      (module) => callback(null, module.default),
      (error: unknown) =>
        callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};
