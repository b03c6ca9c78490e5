import type { Language, Localized } from './language';
import type { SignupReadableRecord } from './signupSealing';

/**
 * The words a signer agrees to. They live here, not in the UI's translation files, because each
 * sign-up records which version it was shown: any change to these texts needs a new version, and
 * a translator's edit must never silently change what people already agreed to.
 */
export const CONSENT_TEXT_VERSION = '2026-11-v1';

export interface ConsentText {
  version: string;
  /** The petition signature checkbox's label. */
  petition: string;
  /** The separate, unticked mailing-list checkbox's label. */
  updates: string;
  /** Who receives the details, why, and how to withdraw. `{{group}}` is the group's name. */
  privacy: string;
}

export const CONSENT_TEXTS: Localized<ConsentText> = {
  en: {
    version: CONSENT_TEXT_VERSION,
    petition: 'I sign this petition. My name and postcode will be delivered with it.',
    updates:
      'Keep me informed by email about this case and the work of the group. I can stop this at any time.',
    privacy:
      'Who gets your details: only the coordinator of {{group}}; this phone encrypts them the moment you tap Sign, and nobody at the stall can read them back. Why: to add your signature to the petition and, only if you ticked the box, to email you. To withdraw: tell a volunteer or write to the group at any time, and your details will be deleted.',
  },
  es: {
    version: CONSENT_TEXT_VERSION,
    petition: 'Firmo esta petición. Mi nombre y mi código postal se entregarán con ella.',
    updates:
      'Deseo recibir información por correo electrónico sobre este caso y la labor del grupo. Puedo darme de baja cuando quiera.',
    privacy:
      'Quién recibe sus datos: solo la persona que coordina {{group}}; este teléfono los cifra en cuanto usted pulsa Firmar y nadie en el puesto puede volver a leerlos. Para qué: para sumar su firma a la petición y, solo si ha marcado la casilla, para escribirle por correo electrónico. Cómo retirarse: dígaselo a una persona voluntaria o escriba al grupo cuando quiera, y sus datos se borrarán.',
  },
};

export function consentText(language: Language, groupName: string): ConsentText {
  const text = CONSENT_TEXTS[language];
  return { ...text, privacy: text.privacy.replace('{{group}}', groupName) };
}

/** What a signer chose, as the kiosk saw it. */
export interface SignerChoices {
  petition: boolean;
  updates: boolean;
  language: Language;
}

/**
 * The readable record of one sign-up: what was agreed, in which words, when and at which stall.
 * It is also bound into the sealed part, so it cannot be changed later without export noticing.
 */
export function consentRecord(
  choices: SignerChoices,
  stall: { caseId: string; stallSessionId: string },
  signedAt: Date,
): SignupReadableRecord {
  return {
    caseId: stall.caseId,
    stallSessionId: stall.stallSessionId,
    signedAt: signedAt.toISOString(),
    consent: {
      petition: choices.petition,
      updates: choices.updates,
      textVersion: CONSENT_TEXTS[choices.language].version,
      language: choices.language,
    },
  };
}

/**
 * Versions phones have shown at stalls. A sign-up records the version its signer saw and may reach
 * the server weeks later, so a version stays listed here after a newer text replaces it.
 */
const RELEASED_CONSENT_TEXT_VERSIONS = ['2026-11-v1'];

/** What the server accepts as a sign-up's `consent.textVersion`: every released and current text. */
export const KNOWN_CONSENT_TEXT_VERSIONS: readonly string[] = [
  ...new Set([
    ...RELEASED_CONSENT_TEXT_VERSIONS,
    CONSENT_TEXT_VERSION,
    ...Object.values(CONSENT_TEXTS).map((text) => text.version),
  ]),
];
