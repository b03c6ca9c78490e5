import type { Case } from './case';
import type { Language, Localized } from './language';
import type { SignupReadableRecord } from './signupSealing';

/**
 * The words a signer agrees to. They live here, not in the UI's translation files, because each
 * sign-up records which version it was shown: any change to these texts needs a new version, and
 * a translator's edit must never silently change what people already agreed to. Every version
 * ever shown stays defined below, so the coordinator can say what an old sign-up agreed to.
 */
export const CONSENT_TEXT_VERSION = '2026-12-v2';

/** The text as the kiosk shows it, with the group, recipient, contact and period filled in. */
export interface ConsentText {
  version: string;
  /** The petition signature checkbox's label. */
  petition: string;
  /** The separate, unticked mailing-list checkbox's label. */
  updates: string;
  /** The privacy notice, one short paragraph each: who gets what, why, for how long, how to withdraw. */
  privacy: string[];
}

/** What the words depend on, beyond the language: the group's settings and the stall's case. */
export interface ConsentContext {
  groupName: string;
  /** Who the petition is delivered to, in the signer's language (see petitionRecipient). */
  recipient: string;
  /** GROUP_CONTACT on the server: an email or web address; null when the group gave none. */
  contact: string | null;
  /** SIGNUP_RETENTION_DAYS on the server; null when the server has not said (an older server). */
  retentionDays: number | null;
}

/** Said when a case names nobody to deliver its petition to: Amnesty's section office takes it. */
const SECTION_OFFICE: Localized = {
  en: "Amnesty International's section office",
  es: 'la oficina de la sección de Amnistía Internacional',
};

/** Who receives the petition signed at a stall for this case: its first target, or the section office. */
export function petitionRecipient(theCase: Case | undefined, language: Language): string {
  const target = theCase?.targets[0];
  return target ? `${target.name[language]}, ${target.role[language]}` : SECTION_OFFICE[language];
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (match, name: string) => values[name] ?? match);
}

/** The first text (November 2026). It did not say to whom the petition went, why the email was asked, or for how long. */
const VERSION_1: Localized<{ petition: string; updates: string; privacy: string }> = {
  en: {
    petition: 'I sign this petition. My name and postcode will be delivered with it.',
    updates:
      'Keep me informed by email about this case and the work of the group. I can stop this at any time.',
    privacy:
      'Who gets your details: only the coordinator of {{group}}; this phone encrypts them the moment you tap Sign, and nobody at the stall can read them back. Why: to add your signature to the petition and, only if you ticked the box, to email you. To withdraw: tell a volunteer or write to the group at any time, and your details will be deleted.',
  },
  es: {
    petition: 'Firmo esta petición. Mi nombre y mi código postal se entregarán con ella.',
    updates:
      'Deseo recibir información por correo electrónico sobre este caso y la labor del grupo. Puedo darme de baja cuando quiera.',
    privacy:
      'Quién recibe sus datos: solo la persona que coordina {{group}}; este teléfono los cifra en cuanto usted pulsa Firmar y nadie en el puesto puede volver a leerlos. Para qué: para sumar su firma a la petición y, solo si ha marcado la casilla, para escribirle por correo electrónico. Cómo retirarse: dígaselo a una persona voluntaria o escriba al grupo cuando quiera, y sus datos se borrarán.',
  },
};

interface Version2Words {
  petition: string;
  updates: string;
  who: string;
  why: string;
  howLong: string;
  /** Only for a server that does not say its retention period: no number is better than a wrong one. */
  howLongUnstated: string;
  withdraw: string;
  withdrawWithoutContact: string;
}

/**
 * December 2026: says who receives the petition and who reads the details, what the email is for,
 * how long the details are kept and whom to ask to withdraw, in words a passer-by reads standing up.
 */
const VERSION_2: Localized<Version2Words> = {
  en: {
    petition:
      'I sign this petition. It will be delivered to {{recipient}} with my name and, if I give it, my postcode.',
    updates:
      'Keep me informed by email about this case and the work of the group. I can stop this at any time.',
    who: 'Who gets what: the petition goes to {{recipient}} with your name and, if you gave it, your postcode. Your details, email included, are read only by the coordinator of {{group}}: this phone encrypts them the moment you tap Sign, and nobody at the stall can read them back.',
    why: 'Why we ask for your email: to count each person once, so that nobody signs twice, and, only if you ticked the box, to send you news.',
    howLong:
      "For how long: the group's server deletes your details {{days}} days after you sign, or sooner. If you asked for news, the coordinator keeps your name and email for that until you unsubscribe.",
    howLongUnstated:
      "For how long: the group's server deletes your details automatically after a fixed number of days; a volunteer can tell you how many. If you asked for news, the coordinator keeps your name and email for that until you unsubscribe.",
    withdraw:
      'To withdraw: contact the group at {{contact}} or tell a volunteer here, and your details will be deleted.',
    withdrawWithoutContact:
      'To withdraw: tell a volunteer here or ask {{group}}, and your details will be deleted.',
  },
  es: {
    petition:
      'Firmo esta petición. Se entregará a {{recipient}} con mi nombre y, si lo indico, mi código postal.',
    updates:
      'Deseo recibir información por correo electrónico sobre este caso y la labor del grupo. Puedo darme de baja cuando quiera.',
    who: 'Quién recibe qué: la petición se entrega a {{recipient}} con su nombre y, si lo ha indicado, su código postal. Sus datos, correo incluido, solo los lee la coordinación de {{group}}: este teléfono los cifra en cuanto usted pulsa Firmar y nadie en el puesto puede volver a leerlos.',
    why: 'Para qué le pedimos el correo: para contar a cada persona una sola vez, de modo que nadie firme dos veces, y, solo si ha marcado la casilla, para enviarle noticias.',
    howLong:
      'Durante cuánto tiempo: el servidor del grupo borra sus datos a los {{days}} días de su firma, o antes. Si ha pedido recibir noticias, la coordinación conserva su nombre y su correo para ello hasta que se dé de baja.',
    howLongUnstated:
      'Durante cuánto tiempo: el servidor del grupo borra sus datos automáticamente pasado un número fijo de días; una persona voluntaria puede decirle cuántos. Si ha pedido recibir noticias, la coordinación conserva su nombre y su correo para ello hasta que se dé de baja.',
    withdraw:
      'Cómo retirarse: póngase en contacto con el grupo en {{contact}} o dígaselo a una persona voluntaria del puesto, y sus datos se borrarán.',
    withdrawWithoutContact:
      'Cómo retirarse: dígaselo a una persona voluntaria del puesto o pregunte a {{group}}, y sus datos se borrarán.',
  },
};

type ConsentWords = (language: Language, context: ConsentContext) => Omit<ConsentText, 'version'>;

const CONSENT_VERSIONS: Record<string, ConsentWords> = {
  '2026-11-v1': (language, { groupName }) => {
    const words = VERSION_1[language];
    return { ...words, privacy: [fill(words.privacy, { group: groupName })] };
  },
  [CONSENT_TEXT_VERSION]: (language, context) => {
    const words = VERSION_2[language];
    const values = {
      group: context.groupName,
      recipient: context.recipient,
      contact: context.contact ?? '',
      days: context.retentionDays === null ? '' : String(context.retentionDays),
    };
    return {
      petition: fill(words.petition, values),
      updates: words.updates,
      privacy: [
        words.who,
        words.why,
        context.retentionDays === null ? words.howLongUnstated : words.howLong,
        context.contact ? words.withdraw : words.withdrawWithoutContact,
      ].map((paragraph) => fill(paragraph, values)),
    };
  },
};

/** Every consent version a phone may have shown; the server accepts sign-ups made under these only. */
export const KNOWN_CONSENT_TEXT_VERSIONS: readonly string[] = Object.keys(CONSENT_VERSIONS);

/** The consent text in `language`, by default the one the kiosk shows today. */
export function consentText(
  language: Language,
  context: ConsentContext,
  version: string = CONSENT_TEXT_VERSION,
): ConsentText {
  const words = CONSENT_VERSIONS[version];
  if (!words) throw new Error(`No consent text has the version ${version}`);
  return { version, ...words(language, context) };
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
      textVersion: CONSENT_TEXT_VERSION,
      language: choices.language,
    },
  };
}
