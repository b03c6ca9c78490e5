import { useEffect, useState } from 'react';

// Chromium's own event; not in TypeScript's DOM types.
interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/**
 * The browser's own install dialog, where it offers one (Chrome on Android, Edge): holding the
 * event lets the welcome's button open it, in place of the menu instructions.
 */
export function useInstallPrompt(): { canPrompt: boolean; prompt: () => Promise<boolean> } {
  const [event, setEvent] = useState<BeforeInstallPromptEvent | null>(null);
  useEffect(() => {
    const keep = (e: Event) => {
      e.preventDefault();
      setEvent(e as BeforeInstallPromptEvent);
    };
    const forget = () => setEvent(null);
    window.addEventListener('beforeinstallprompt', keep);
    window.addEventListener('appinstalled', forget);
    return () => {
      window.removeEventListener('beforeinstallprompt', keep);
      window.removeEventListener('appinstalled', forget);
    };
  }, []);
  return {
    canPrompt: event !== null,
    prompt: async () => {
      if (!event) return false;
      await event.prompt();
      const { outcome } = await event.userChoice;
      // The event can be used once; the browser sends another if it may ask again.
      setEvent(null);
      return outcome === 'accepted';
    },
  };
}
