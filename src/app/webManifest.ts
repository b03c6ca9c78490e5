/** Where the build writes the web manifest (vite-plugin-pwa's default name). */
export const WEB_MANIFEST_HREF = '/manifest.webmanifest';

/**
 * Links the web manifest, which makes the app installable: after the first screen is painted,
 * since its fetch and its icon's would otherwise compete with that screen's on a slow network
 * (scripts/manifestLinkedByApp.ts takes it out of index.html).
 */
export function linkWebManifest(): void {
  if (document.querySelector('link[rel="manifest"]')) return;
  const link = document.createElement('link');
  link.rel = 'manifest';
  link.href = WEB_MANIFEST_HREF;
  document.head.append(link);
}
