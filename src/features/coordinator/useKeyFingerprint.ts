import { useEffect, useState } from 'react';
import { keyFingerprint } from '../../domain/keyFingerprint';

/** The fingerprint of a public key, worked out by Web Crypto; null while it is on its way. */
export function useKeyFingerprint(publicKey: string): string | null {
  const [worked, setWorked] = useState<{ publicKey: string; fingerprint: string | null } | null>(
    null,
  );
  useEffect(() => {
    let current = true;
    keyFingerprint(publicKey).then(
      (fingerprint) => {
        if (current) setWorked({ publicKey, fingerprint });
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [publicKey]);
  // A fingerprint worked out for a previous key is never shown beside the new one.
  return worked?.publicKey === publicKey ? worked.fingerprint : null;
}
