import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { precompress } from './scripts/precompress';
import { lowPriorityScripts } from './scripts/lowPriorityScripts';
import { manifestLinkedByApp } from './scripts/manifestLinkedByApp';
import { WEB_MANIFEST_HREF } from './src/app/webManifest';

/** locales/<language>/<namespace>.json of the namespaces the first screens show. */
const FIRST_SCREENS_STRINGS =
  /[\\/]locales[\\/](\w+)[\\/](?:common|activity|cases|actions|welcome)\.json$/;

export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      // 'prompt': a silent takeover could reload the page under a member half-way through a letter.
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Carta — letters and actions for human rights',
        short_name: 'Carta',
        description:
          'Read cases, write appeals and record actions offline, for your local human-rights group.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        background_color: '#ffffff',
        theme_color: '#1d1d1b',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      injectManifest: {
        // The plugin adds the web manifest and its icons itself; globbing them as well listed each
        // twice, and globbing every svg would ship the icons' sources to every phone.
        globPatterns: ['**/*.{js,css,html,json}'],
      },
      // The dev server must behave like a plain site: a stale dev service worker hides edits.
      devOptions: { enabled: false },
    }),
    lowPriorityScripts(),
    manifestLinkedByApp(WEB_MANIFEST_HREF),
    precompress(),
  ],
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Browsers that run es2022 modules but lack <link rel="modulepreload"> (Safari before 17)
    // still load every module, only a little later; the polyfill would weigh on every phone.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // The libraries the first screen runs on, in one file: left to itself the bundler
              // cut them into three, each compressed apart from the others, which cost kilobytes.
              name: 'vendor',
              test: /node_modules[\\/](react|react-dom|scheduler|dexie|dexie-react-hooks|i18next|react-i18next|wouter|regexparam|use-sync-external-store)[\\/]|vite[\\/]preload-helper|rolldown[\\/:]runtime/,
            },
            {
              // The strings of the screens a first visit opens (the shell, the case list and a
              // case page, the welcome), one file per language: five downloads a first screen
              // waited for became one. Each other screen's strings stay a file of their own.
              name: (id: string) => {
                const language = FIRST_SCREENS_STRINGS.exec(id)?.[1];
                return language ? `strings-${language}` : null;
              },
            },
            {
              // The app's own modules the first screen needs, in one file too: the handful the lazy
              // screens share with it would otherwise each be a chunk, each with its own overhead.
              name: 'app',
              test: /[\\/]src[\\/](ui[\\/](MessageScreen|icons|useDocumentTitle|useUiLanguage|DatabaseContext|DeliveryStatus|deliveryIcons)|domain[\\/](calendarDate|deadline|language|ownSignature)|features[\\/]cases[\\/]DeadlineStatusText|features[\\/]stall[\\/]useOwnSignature)\.tsx?$/,
            },
          ],
        },
      },
    },
  },
});
