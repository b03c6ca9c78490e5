import { useTranslation } from 'react-i18next';
import { appWorkbox, type ServiceWorkerUpdates } from './appWorkbox';
import { useServiceWorker } from './useServiceWorker';
import './UpdatePrompt.css';

interface UpdatePromptProps {
  /** Tests pass a fake; the app uses its own service worker. */
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
export function UpdatePrompt({
  workbox = appWorkbox,
  reloadPage = reloadWindow,
}: UpdatePromptProps) {
  const { t } = useTranslation('common');
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
