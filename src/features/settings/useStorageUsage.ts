import { useEffect, useState } from 'react';

/**
 * Bytes this site keeps on the device, or null where the browser cannot say (no StorageManager,
 * or an estimate without a usage figure): then the settings page leaves the line out.
 */
export function useStorageUsage(): number | null {
  const [usage, setUsage] = useState<number | null>(null);
  useEffect(() => {
    if (typeof navigator.storage?.estimate !== 'function') return;
    let current = true;
    navigator.storage.estimate().then(
      (estimate) => {
        if (current && typeof estimate.usage === 'number') setUsage(estimate.usage);
      },
      () => {
        // Some privacy modes reject the estimate; the line is simply not shown.
      },
    );
    return () => {
      current = false;
    };
  }, []);
  return usage;
}
