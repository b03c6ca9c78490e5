export interface DebouncedSaver<T> {
  /** Remembers the latest value and saves it after a pause in typing. */
  schedule(value: T): void;
  /** Saves the latest value now, if one is waiting. */
  flush(): Promise<void>;
  /** Flushes, then stops listening to the page's lifecycle. */
  dispose(): Promise<void>;
}

interface LifecycleTargets {
  window: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  document: Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'>;
}

/**
 * Saves while the member types without writing on every key press, and flushes when the page may
 * be about to go: a hidden tab on a phone can be killed without any further event, and `pagehide`
 * is the last event a closing tab or a reload reliably fires (`unload` is not fired on mobile).
 */
export function createDebouncedSaver<T>(
  save: (value: T) => Promise<void>,
  delayMs: number,
  lifecycle: LifecycleTargets | null = { window, document },
): DebouncedSaver<T> {
  let waiting: { value: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let saving: Promise<void> = Promise.resolve();
  let disposed = false;

  function flush(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!waiting) return saving;
    const { value } = waiting;
    waiting = null;
    // Saves are chained so an older value can never land after a newer one.
    saving = saving.then(() => save(value));
    return saving;
  }

  const onPageHide = () => void flush();
  const onVisibilityChange = () => {
    if (lifecycle?.document.visibilityState === 'hidden') void flush();
  };
  lifecycle?.window.addEventListener('pagehide', onPageHide);
  lifecycle?.document.addEventListener('visibilitychange', onVisibilityChange);

  return {
    schedule(value) {
      if (disposed) return;
      waiting = { value };
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void flush(), delayMs);
    },
    flush,
    async dispose() {
      disposed = true;
      lifecycle?.window.removeEventListener('pagehide', onPageHide);
      lifecycle?.document.removeEventListener('visibilitychange', onVisibilityChange);
      await flush();
    },
  };
}
