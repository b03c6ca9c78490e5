import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { afterFirstPaint } from '../../ui/afterFirstPaint';
import type { ServiceWorkerUpdates } from './appWorkbox';
import { loadAppWorkbox } from './loadAppWorkbox';
import { useServiceWorker } from './useServiceWorker';
import './UpdatePrompt.css';

interface UpdatePromptProps {
  /** Tests pass a fake; the app loads its own service worker's once the first screen is up. */
  workbox?: ServiceWorkerUpdates | null;
  reloadPage?: () => void;
}

function reloadWindow() {
  window.location.reload();
}

/**
 * Offers a waiting new version without forcing it: the member may be half-way through a letter,
 * so nothing reloads until they press Reload.
 */
export function UpdatePrompt({ workbox: given, reloadPage = reloadWindow }: UpdatePromptProps) {
  const { t } = useTranslation('common');
  const appWorkbox = useAppWorkbox(given === undefined);
  const workbox = given === undefined ? appWorkbox : given;
  const { updateReady, reloadIntoUpdate, postponeUpdate } = useServiceWorker(workbox, reloadPage);

  // The live region stays in the page even when empty, so screen readers notice when text
  // appears in it; the buttons sit outside it so they are not read out as part of the message.
  return (
    <div className="update-prompt" data-open={updateReady}>
      <p role="status" aria-live="polite" className="update-prompt__message">
        {updateReady ? t('update.ready') : null}
      </p>
      {updateReady && (
        <div className="update-prompt__actions">
          <button type="button" className="update-prompt__reload" onClick={reloadIntoUpdate}>
            {t('update.reload')}
          </button>
          <button type="button" className="update-prompt__later" onClick={postponeUpdate}>
            {t('update.later')}
          </button>
        </div>
      )}
    </div>
  );
}

/** The app's own service worker, loaded and registered after the first paint (null until then). */
function useAppWorkbox(wanted: boolean): ServiceWorkerUpdates | null {
  const [workbox, setWorkbox] = useState<ServiceWorkerUpdates | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let current = true;
    afterFirstPaint(() => {
      loadAppWorkbox().then(
        (loaded) => {
          if (current) setWorkbox(loaded);
        },
        (error: unknown) => {
          // Without a service worker the app still works online; offline use is what is lost.
          console.error('Could not load the service worker client', error);
        },
      );
    });
    return () => {
      current = false;
    };
  }, [wanted]);
  return workbox;
}
