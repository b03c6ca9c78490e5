/** How this browser puts a web app on the home screen, as far as the welcome can tell. */
export type InstallPlatform = 'installed' | 'iphone' | 'android' | 'other';

export function installPlatform(userAgent: string, standalone: boolean): InstallPlatform {
  if (standalone) return 'installed';
  // iPadOS reports itself as a Mac; only touch tells them apart, and an iPad installs like a phone.
  if (/iPhone|iPad|iPod/.test(userAgent)) return 'iphone';
  if (/Android/.test(userAgent)) return 'android';
  return 'other';
}

export function currentInstallPlatform(): InstallPlatform {
  const standalone =
    window.matchMedia?.('(display-mode: standalone)').matches === true ||
    (navigator as Navigator & { standalone?: boolean }).standalone === true;
  const iPadAsMac = /Macintosh/.test(navigator.userAgent) && navigator.maxTouchPoints > 1;
  return installPlatform(iPadAsMac ? 'iPad' : navigator.userAgent, standalone);
}
