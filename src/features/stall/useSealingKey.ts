import { useEffect, useState } from 'react';
import { importSealingKey } from '../../domain/signupSealing';
import type { SealingKey } from '../../sync/queueSignUp';
import { useMembership } from '../group';

/**
 * The group's public key, imported once for the kiosk rather than on every sign-up, and again
 * whenever a sync brings a new one. Null while there is none (or while it loads).
 */
export function useSealingKey(): SealingKey | null {
  const view = useMembership();
  const publicKey = view?.membership?.publicKey ?? null;
  const keyId = view?.membership?.publicKeyId ?? null;
  const [imported, setImported] = useState<(SealingKey & { from: string }) | null>(null);

  useEffect(() => {
    if (!publicKey || !keyId) return;
    let current = true;
    importSealingKey(publicKey).then(
      (key) => {
        if (current) setImported({ key, keyId, from: publicKey });
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [publicKey, keyId]);

  // A key imported for an older public key is never used once the membership names another.
  return imported && imported.from === publicKey && imported.keyId === keyId
    ? { key: imported.key, keyId: imported.keyId }
    : null;
}
