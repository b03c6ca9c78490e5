import type { Language } from './language';
import { OWN_PHONE_SESSION_ID } from './ownSignature';

/** One decrypted sign-up as the coordinator exports it. */
export interface ExportedSignup {
  caseId: string;
  stallSessionId: string;
  signedAt: string;
  name: string;
  email: string;
  postcode: string;
  consentPetition: boolean;
  consentUpdates: boolean;
  consentTextVersion: string;
  consentLanguage: Language;
}

export const SIGNUP_CSV_COLUMNS = [
  'case',
  'stall session',
  'signed at',
  'name',
  'email',
  'postcode',
  'petition consent',
  'updates consent',
  'consent text version',
  'consent language',
] as const;

/**
 * A spreadsheet runs a cell that starts with one of these as a formula, and a passer-by typed these
 * cells: "=HYPERLINK(…)" as a name must reach the national office as text, not as a link.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  // RFC 4180: a field with a comma, quote or line break is quoted, and its quotes doubled.
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Says in the file what the nil session id means: a member who signed on their own phone. */
export const OWN_PHONE_CELL = 'own phone';

function yesNo(value: boolean): string {
  return value ? 'yes' : 'no';
}

/** RFC 4180 text: CRLF line ends, a header row, one row per sign-up in the order given. */
export function signupsToCsv(signups: readonly ExportedSignup[]): string {
  const rows = [
    [...SIGNUP_CSV_COLUMNS],
    ...signups.map((s) => [
      s.caseId,
      s.stallSessionId === OWN_PHONE_SESSION_ID ? OWN_PHONE_CELL : s.stallSessionId,
      s.signedAt,
      s.name,
      s.email,
      s.postcode,
      yesNo(s.consentPetition),
      yesNo(s.consentUpdates),
      s.consentTextVersion,
      s.consentLanguage,
    ]),
  ];
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
