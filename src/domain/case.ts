import './schemaSettings';
import { z } from 'zod';
import { CASE_KINDS, CASE_STATUSES, SOCIAL_NETWORKS } from './caseTerms';
import { LANGUAGES } from './language';
import { findUnknownPlaceholders } from './letterPlaceholders';

const localizedText = z.object({ en: z.string().trim().min(1), es: z.string().trim().min(1) });
const localizedParagraphs = z.object({
  en: z.array(z.string().trim().min(1)).min(1),
  es: z.array(z.string().trim().min(1)).min(1),
});

const isoDate = z.iso.date();

export {
  CASE_KINDS,
  CASE_STATUSES,
  SOCIAL_NETWORKS,
  type CaseKind,
  type CaseStatus,
} from './caseTerms';

export const socialHandleSchema = z.object({
  network: z.enum(SOCIAL_NETWORKS),
  handle: z.string().trim().min(2),
  url: z.url({ protocol: /^https$/ }),
});
export type SocialHandle = z.infer<typeof socialHandleSchema>;

export const sampleLetterSchema = z
  .object({
    subject: z.string().trim().min(1),
    /** Paragraphs separated by a blank line; placeholders are `{{name}}` from LETTER_PLACEHOLDERS. */
    body: z.string().trim().min(1),
  })
  .superRefine((letter, ctx) => {
    for (const field of ['subject', 'body'] as const) {
      const unknown = findUnknownPlaceholders(letter[field]);
      if (unknown.length > 0) {
        ctx.addIssue(
          ruleIssue(
            'unknownPlaceholder',
            [field],
            `unknown placeholder(s): ${unknown.join(', ')}`,
            unknown,
          ),
        );
      }
    }
  });
export type SampleLetter = z.infer<typeof sampleLetterSchema>;

const placeholderText = z
  .string()
  .trim()
  .min(1)
  .superRefine((text, ctx) => {
    const unknown = findUnknownPlaceholders(text);
    if (unknown.length > 0) {
      ctx.addIssue(
        ruleIssue(
          'unknownPlaceholder',
          [],
          `unknown placeholder(s): ${unknown.join(', ')}`,
          unknown,
        ),
      );
    }
  });

export const targetSchema = z.object({
  /** Stable within its case, so drafts keep pointing at the same person after a content update. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Per language, because some targets are a description ("Your MP") rather than a person's name. */
  name: localizedText,
  role: localizedText,
  /** Salutation as that language opens a letter: "Dear Madam President" / "Señora Presidenta:". */
  salutation: localizedText,
  /**
   * Salutations the writer may choose instead, where the right one depends on who reads the
   * letter ("Estimado diputado:" / "Estimada diputada:"). The letter opens with `salutation` until
   * the writer picks another.
   */
  otherSalutations: z
    .object({
      en: z.array(z.string().trim().min(1)).default([]),
      es: z.array(z.string().trim().min(1)).default([]),
    })
    .optional(),
  /**
   * What the letter asks of this target alone (an ambassador is asked to pass the appeal on to
   * the government), put where the sample letter says `{{targetParagraph}}`.
   */
  paragraph: z.object({ en: placeholderText, es: placeholderText }).optional(),
  /** Lines of the postal address, written as the post office of the target's country expects. */
  postalAddress: z.array(z.string().trim().min(1)).min(1).optional(),
  email: z.email().optional(),
  phone: z
    .string()
    .regex(/^\+[0-9 ]{7,20}$/, 'international format, e.g. +1 202 833 9860')
    .optional(),
  fax: z
    .string()
    .regex(/^\+[0-9 ]{7,20}$/, 'international format, e.g. +1 202 659 8124')
    .optional(),
  social: z.array(socialHandleSchema).default([]),
  contactFormUrl: z.url({ protocol: /^https$/ }).optional(),
  /**
   * Some targets are not one fixed person but "your own MP": the writer looks up who that is,
   * so the case gives a lookup page instead of an address.
   */
  lookupUrl: z.url({ protocol: /^https$/ }).optional(),
});
export type Target = z.infer<typeof targetSchema>;

export const caseUpdateSchema = z.object({
  date: isoDate,
  title: localizedText,
  text: localizedText,
});
export type CaseUpdate = z.infer<typeof caseUpdateSchema>;

export const sourceSchema = z.object({
  title: z.string().trim().min(1),
  /** The language the title is written in, so a screen reader reads it with the right voice. */
  language: z.enum(LANGUAGES).optional(),
  publisher: z.string().trim().min(1),
  publishedOn: isoDate.optional(),
  url: z.url({ protocol: /^https$/ }).optional(),
});
export type Source = z.infer<typeof sourceSchema>;

/**
 * Why a custom rule failed, so the editor can say it in the member's language; the English
 * message is for logs and the server's 400.
 */
export type CaseRule =
  | 'unknownPlaceholder'
  | 'duplicateTarget'
  | 'targetWithoutChannel'
  | 'targetsRequired'
  | 'sampleLetterRequired'
  | 'closedNeedsOutcome'
  | 'deadlineBeforeIssued';

function ruleIssue(rule: CaseRule, path: PropertyKey[], message: string, names?: string[]) {
  return { code: 'custom' as const, path, message, params: { rule, ...(names ? { names } : {}) } };
}

/** A reference is written per language ("UA 105.22", "AU 105/22"); older files had one string. */
const referenceText = z.union([
  localizedText,
  z
    .string()
    .trim()
    .min(1)
    .transform((reference) => ({ en: reference, es: reference })),
]);

export const caseSchema = z
  .object({
    /** Stable slug: drafts, reports and server totals refer to a case by it. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    kind: z.enum(CASE_KINDS),
    /** Amnesty's own reference, e.g. "UA 105.22"; petitions often have none. */
    reference: referenceText.optional(),
    /** ISO 3166-1 alpha-2, so the UI can name the country in either language through Intl. */
    country: z.string().regex(/^[A-Z]{2}$/),
    title: localizedText,
    summary: localizedText,
    background: localizedParagraphs,
    /** Who to write to; a petition may have none because signing is the action. */
    targets: z.array(targetSchema),
    preferredLanguage: z.enum(LANGUAGES),
    issuedOn: isoDate,
    deadline: isoDate.optional(),
    /** How the people at the centre of the case are named, and their pronouns. */
    nameAndPronoun: localizedText.optional(),
    sampleLetter: z.object({ en: sampleLetterSchema, es: sampleLetterSchema }).optional(),
    /** What to say on the phone, short enough to read aloud; same placeholders as the letter. */
    callScript: z.object({ en: placeholderText, es: placeholderText }).optional(),
    /** A public post's text without the handle, which is added per target; kept well under 280. */
    socialPost: z
      .object({ en: z.string().trim().min(1).max(240), es: z.string().trim().min(1).max(240) })
      .optional(),
    /** What a petition asks, in full: the words a signer puts their name to. */
    petitionText: localizedText.optional(),
    updates: z.array(caseUpdateSchema).default([]),
    sources: z.array(sourceSchema).min(1),
    /**
     * `closed` cases stay readable and still take late reports; `withdrawn` ones were published by
     * mistake and leave phones that hold nothing on them.
     */
    status: z.enum(CASE_STATUSES).default('open'),
    closedOn: isoDate.optional(),
    /** What became of the case, e.g. "Released on 3 May". */
    outcome: localizedText.optional(),
    /** Readable without a token (a passer-by's phone from the stall's QR code). */
    public: z.boolean().default(true),
    /** Increases with each publish; the phone keeps whichever copy has the higher version. */
    version: z.number().int().positive(),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .superRefine((c, ctx) => {
    const targetIds = new Set<string>();
    c.targets.forEach((t, i) => {
      if (targetIds.has(t.id)) {
        ctx.addIssue(
          ruleIssue('duplicateTarget', ['targets', i, 'id'], `duplicate target id ${t.id}`),
        );
      }
      targetIds.add(t.id);
      if (!hasChannel(t)) {
        ctx.addIssue(
          ruleIssue(
            'targetWithoutChannel',
            ['targets', i],
            'a target needs at least one way to reach them',
          ),
        );
      }
    });
    if (c.kind !== 'petition' && c.targets.length === 0) {
      ctx.addIssue(
        ruleIssue('targetsRequired', ['targets'], 'only a petition may have no targets'),
      );
    }
    if (c.targets.length > 0 && !c.sampleLetter) {
      ctx.addIssue(
        ruleIssue(
          'sampleLetterRequired',
          ['sampleLetter'],
          'a case with targets needs a sample letter',
        ),
      );
    }
    if (c.deadline && c.deadline < c.issuedOn) {
      ctx.addIssue(
        ruleIssue('deadlineBeforeIssued', ['deadline'], 'the deadline comes before the issue date'),
      );
    }
    if (c.status === 'closed') {
      if (!c.closedOn)
        ctx.addIssue(
          ruleIssue('closedNeedsOutcome', ['closedOn'], 'a closed case needs the date it closed'),
        );
      if (!c.outcome)
        ctx.addIssue(
          ruleIssue('closedNeedsOutcome', ['outcome'], 'a closed case needs its outcome'),
        );
    }
  });

/** Whether a member could reach this target by any of the channels Carta sends through. */
function hasChannel(t: Target): boolean {
  return Boolean(
    t.postalAddress?.length ||
    t.email ||
    t.phone ||
    t.fax ||
    t.social.length > 0 ||
    t.contactFormUrl ||
    t.lookupUrl,
  );
}
export type Case = z.infer<typeof caseSchema>;
export type CaseInput = z.input<typeof caseSchema>;
