import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { AppRoutes } from './AppRoutes';
import { BottomNav } from './BottomNav';
import { ErrorBoundary } from './ErrorBoundary';
import { focusScreenHeading } from './focusScreenHeading';
import { ScreenLoading } from './ScreenLoading';
import { Kiosk, useOpenKiosk } from '../features/stall';
import { useAfterFirstPaint } from '../ui/afterFirstPaint';

// Nothing to say until a new version has installed, long after the first screen: its code and
// the service worker's client arrive once that screen is painted.
const UpdatePrompt = lazy(async () => ({
  default: (await import('./update/UpdatePrompt')).UpdatePrompt,
}));

export function Shell() {
  const { t } = useTranslation();
  const [path] = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const previousPath = useRef(path);
  const kiosk = useOpenKiosk();
  const firstScreenPainted = useAfterFirstPaint();

  // A client-side navigation leaves focus on the tapped link and the scroll where it was; a screen
  // reader user would hear nothing change. Focus moves to the new screen's heading instead, and
  // likewise when a closed kiosk gives the phone back to the volunteer.
  const kioskOpen = Boolean(kiosk);
  const previousKioskOpen = useRef(kioskOpen);
  useEffect(() => {
    const kioskClosed = previousKioskOpen.current && !kioskOpen;
    previousKioskOpen.current = kioskOpen;
    if (previousPath.current === path && !kioskClosed) return;
    previousPath.current = path;
    if (kioskOpen || !mainRef.current) return;
    window.scrollTo(0, 0);
    return focusScreenHeading(mainRef.current);
  }, [path, kioskOpen]);

  // An open kiosk is all the phone shows, whatever the address says: Back, a reload or a typed
  // URL cannot get a passer-by out of it or into the rest of the app; only the volunteer's PIN can.
  if (kiosk)
    return (
      <Suspense fallback={<ScreenLoading />}>
        <Kiosk session={kiosk} />
      </Suspense>
    );

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <span className="brand">{t('appName')}</span>
      </header>
      <main id="main" className="app-main" tabIndex={-1} ref={mainRef}>
        {/* Keyed by path so that leaving a page that crashed gives the next page a fresh start. */}
        <ErrorBoundary key={path}>
          <AppRoutes />
        </ErrorBoundary>
      </main>
      <BottomNav />
      {firstScreenPainted && (
        <Suspense fallback={null}>
          <UpdatePrompt />
        </Suspense>
      )}
    </div>
  );
}
