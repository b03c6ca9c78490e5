import type { GroupKeyBackup } from '../../domain/groupKeyBackup';
import { unlockGroupKey } from '../../domain/groupKeyBackup';
import { openSignup, SealedRecordError } from '../../domain/signupSealing';
import { signupsToCsv, type ExportedSignup } from '../../domain/signupCsv';
import type { StoredSignUp } from '../../domain/syncProtocol';
import { earliestFirst } from '../../domain/codePointOrder';

export interface SignupExport {
  csv: string;
  decrypted: number;
  /** Sealed to a key other than this one (an older group key): left out, and said so. */
  otherKey: number;
  /** Did not open: changed after sealing. Left out, and said so, never exported half-read. */
  broken: number;
}

/**
 * Unlocks the private key and opens every sign-up in this browser. Throws WrongPassphraseError
 * before anything is decrypted if the passphrase is wrong.
 */
export async function decryptSignupsToCsv(
  backup: GroupKeyBackup,
  passphrase: string,
  signups: readonly StoredSignUp[],
): Promise<SignupExport> {
  const privateKey = await unlockGroupKey(backup, passphrase);
  const rows: ExportedSignup[] = [];
  let otherKey = 0;
  let broken = 0;
  const ordered = [...signups].sort((a, b) => earliestFirst(a.createdAt, b.createdAt));
  for (const signup of ordered) {
    if (signup.sealed.keyId !== backup.keyId) {
      otherKey += 1;
      continue;
    }
    try {
      const personal = await openSignup(signup.sealed, privateKey, {
        caseId: signup.caseId,
        stallSessionId: signup.stallSessionId,
        signedAt: signup.createdAt,
        consent: signup.consent,
      });
      rows.push({
        caseId: signup.caseId,
        stallSessionId: signup.stallSessionId,
        signedAt: new Date(signup.createdAt).toISOString(),
        ...personal,
        consentPetition: signup.consent.petition,
        consentUpdates: signup.consent.updates,
        consentTextVersion: signup.consent.textVersion,
        consentLanguage: signup.consent.language,
      });
    } catch (error) {
      if (!(error instanceof SealedRecordError)) throw error;
      broken += 1;
    }
  }
  return { csv: signupsToCsv(rows), decrypted: rows.length, otherKey, broken };
}

export function exportFileName(now: Date): string {
  return `carta-signups-${now.toISOString().slice(0, 10)}.csv`;
}
