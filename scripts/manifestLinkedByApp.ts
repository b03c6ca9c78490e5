// The web manifest's link leaves index.html and the app adds it once the first screen is painted
// (src/app/webManifest.ts): linked in the page, the manifest and the icon it names were fetched
// beside the first screen's own files on a first visit, for an install offer nobody needs yet.
import type { Plugin } from 'vite';

const MANIFEST_LINK = /\s*<link rel="manifest" href="([^"]+)"[^>]*>/;

/** `href`: where the app links the manifest from; the build fails if the page linked another. */
export function manifestLinkedByApp(href: string): Plugin {
  return {
    name: 'carta:manifest-linked-by-app',
    // After vite-plugin-pwa, which adds the link in a late hook of its own.
    enforce: 'post',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const link = MANIFEST_LINK.exec(html);
        if (!link) throw new Error('manifestLinkedByApp: index.html links no web manifest');
        if (link[1] !== href) {
          throw new Error(
            `manifestLinkedByApp: the manifest is at ${link[1]}, the app links ${href}`,
          );
        }
        return html.replace(MANIFEST_LINK, '');
      },
    },
  };
}
