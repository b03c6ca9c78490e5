import './schemaSettings';
import { z } from 'zod';
import { ACTION_TYPES, MAX_ACTION_COUNT } from './actionTypes';
import { caseSchema } from './case';
import { LANGUAGES } from './language';
import { SEALING_ALG } from './signupSealing';
import { KNOWN_CONSENT_TEXT_VERSIONS } from './stallConsent';

/**
 * The contract between any Carta client and the group's server (DESIGN.md, "Sync protocol").
 * Both sides validate with these schemas, so a change here is a change of the protocol.
 */

export { ACTION_TYPES, MAX_ACTION_COUNT, type ActionType } from './actionTypes';
export const MAX_PUSH_ITEMS = 500;
export const MAX_SYNC_BODY_BYTES = 1024 * 1024;
/** A published case, with every language and update, is far smaller; past this it is a mistake. */
export const MAX_CASE_BODY_BYTES = 256 * 1024;

const caseId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a case id such as ua-105-22');
const actionCount = z.number().int().min(1).max(MAX_ACTION_COUNT);

// PostgreSQL refuses NUL in text and lone surrogates in jsonb; text that a phone could send must
// be refused where it is written, not fail a whole batch on the server.
const LONE_SURROGATE = /\p{Cs}/u;
export function isStorableText(text: string): boolean {
  return !text.includes('\u0000') && !LONE_SURROGATE.test(text);
}
export const storableText = z
  .string()
  .refine(isStorableText, 'text with a NUL character or broken Unicode');

/** Far outside any real record, and inside what every store's date and time columns take. */
export const EARLIEST_RECORD_YEAR = 2000;
export const LATEST_RECORD_YEAR = 2100;
function inRecordYears(isoDateOrTime: string): boolean {
  const year = new Date(isoDateOrTime).getUTCFullYear();
  return year >= EARLIEST_RECORD_YEAR && year <= LATEST_RECORD_YEAR;
}
const recordDate = z.iso
  .date()
  .refine(inRecordYears, `a date between ${EARLIEST_RECORD_YEAR} and ${LATEST_RECORD_YEAR}`);
const recordTime = z.iso
  .datetime({ offset: true })
  .refine(inRecordYears, `a time between ${EARLIEST_RECORD_YEAR} and ${LATEST_RECORD_YEAR}`);

export const actionReportDataSchema = z.strictObject({
  caseId,
  actions: z
    .partialRecord(z.enum(ACTION_TYPES), actionCount)
    .refine((a) => Object.keys(a).length > 0, 'at least one action'),
  occurredOn: recordDate,
});
export type ActionReportData = z.infer<typeof actionReportDataSchema>;

const base64 = z.string().regex(/^[A-Za-z0-9+/_-]+={0,2}$/, 'base64');

/**
 * Upper bounds on a sealed sign-up's fields, in base64 characters. An RSA-4096 wrapped key is 684,
 * a GCM iv 16, and the kiosk's three fields (at most 466 characters, escaped as JSON, in UTF-8)
 * seal to well under 8 KiB; anything bigger was not made by a kiosk.
 */
export const SEALED_FIELD_MAX_CHARS = { keyId: 128, wrappedKey: 1024, iv: 32, ciphertext: 8192 };

/** A sealed sign-up as the server stores it and hands it to the coordinator, whatever its age. */
export const storedSealedEnvelopeSchema = z.strictObject({
  alg: storableText.min(1).max(64),
  keyId: storableText.min(1).max(128),
  wrappedKey: base64,
  iv: base64,
  ciphertext: base64,
});

/** A sealed sign-up as a phone may push it: the one algorithm this version seals with, sizes capped. */
export const sealedEnvelopeSchema = z.strictObject({
  alg: z.literal(SEALING_ALG),
  keyId: storableText.min(1).max(SEALED_FIELD_MAX_CHARS.keyId),
  wrappedKey: base64.max(SEALED_FIELD_MAX_CHARS.wrappedKey),
  iv: base64.max(SEALED_FIELD_MAX_CHARS.iv),
  ciphertext: base64.max(SEALED_FIELD_MAX_CHARS.ciphertext),
});
export type SealedEnvelope = z.infer<typeof storedSealedEnvelopeSchema>;

const consentLanguage = z.enum(LANGUAGES);

export const signUpDataSchema = z.strictObject({
  caseId,
  stallSessionId: z.uuid(),
  consent: z.strictObject({
    petition: z.boolean(),
    updates: z.boolean(),
    // Only versions this app has shown: the field is readable on the server, so free text here
    // would be a way to store personal details unsealed.
    textVersion: storableText.refine(
      (version) => KNOWN_CONSENT_TEXT_VERSIONS.includes(version),
      'a consent text version this server knows',
    ),
    language: consentLanguage,
  }),
  sealed: sealedEnvelopeSchema,
});
export type SignUpData = z.infer<typeof signUpDataSchema>;

export const PUSH_ITEM_TYPES = ['action-report', 'sign-up'] as const;

/** The envelope of one pushed item; `data` is checked separately so one bad item rejects alone. */
export const pushItemEnvelopeSchema = z.object({
  id: z.uuid(),
  type: z.enum(PUSH_ITEM_TYPES),
  createdAt: recordTime,
  data: z.unknown(),
});
export type PushItemEnvelope = z.infer<typeof pushItemEnvelopeSchema>;

export type PushItem =
  | { id: string; type: 'action-report'; createdAt: string; data: ActionReportData }
  | { id: string; type: 'sign-up'; createdAt: string; data: SignUpData };

export const syncRequestSchema = z.object({
  cursor: z.string().max(200).nullable(),
  push: z.array(z.unknown()).max(MAX_PUSH_ITEMS),
});
export type SyncRequest = z.infer<typeof syncRequestSchema>;

export const REJECTION_CODES = [
  'invalid',
  'conflict',
  'unknown_case',
  'unknown_key',
  'unstorable',
] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];

// The answers below are checked by the client as they arrive: a captive portal or a misconfigured
// proxy can answer 200 with JSON that is not ours, and acting on it would corrupt the phone's view.

export const apiErrorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;

export const pushResultSchema = z.discriminatedUnion('status', [
  z.object({ id: z.string(), status: z.enum(['stored', 'duplicate']) }),
  z.object({
    id: z.string(),
    status: z.literal('rejected'),
    error: z.object({ code: z.union([z.enum(REJECTION_CODES), z.string()]), message: z.string() }),
  }),
]);
export type PushResult = z.infer<typeof pushResultSchema>;

/** Per case: a count for each action type, plus `signups`. */
export const groupTotalsSchema = z.record(
  z.string(),
  z.partialRecord(z.enum([...ACTION_TYPES, 'signups']), z.number()),
);
export type GroupTotals = z.infer<typeof groupTotalsSchema>;

/** The key phones seal sign-ups to; both null until the coordinator has uploaded one. */
export const groupPublicKeySchema = z.object({
  publicKey: z.string().nullable(),
  keyId: z.string().nullable(),
});
export type GroupPublicKey = z.infer<typeof groupPublicKeySchema>;

/**
 * The group as every sync answer describes it: its key, and the settings the kiosk's consent text
 * quotes to a signer. The settings are optional so a phone still syncs with an older server.
 */
export const syncGroupSchema = groupPublicKeySchema.extend({
  /** The group's name, which the coordinator may change; older servers leave it out. */
  name: z.string().min(1).max(200).optional(),
  /** GROUP_CONTACT: the email or web address where a signer asks to withdraw; null when unset. */
  contact: z.string().max(200).nullable().optional(),
  /** SIGNUP_RETENTION_DAYS: how long the server keeps a sign-up. */
  signupRetentionDays: z.number().int().positive().optional(),
});
export type SyncGroup = z.infer<typeof syncGroupSchema>;

export const syncResponseSchema = z.object({
  results: z.array(pushResultSchema),
  /** Checked one by one by the phone, so one case it cannot read does not stop the rest. */
  cases: z.array(z.unknown()),
  totals: groupTotalsSchema,
  cursor: z.string().nullable(),
  /** Sent on every sync, so a key the coordinator uploads (or replaces) reaches every phone. */
  group: syncGroupSchema.optional(),
});
export type SyncResponse = z.infer<typeof syncResponseSchema>;

/**
 * `POST /api/v1/deliveries` (coordinator only): records a phone saved to a file because it could not
 * deliver them itself, each exactly as that phone would have pushed it in a sync. The answer is the
 * sync's per-item answer, so an id already delivered either way is `duplicate`.
 */
export const deliveryRequestSchema = z.strictObject({
  items: z.array(z.unknown()).max(MAX_PUSH_ITEMS),
});
export type DeliveryRequest = z.infer<typeof deliveryRequestSchema>;

export const deliveryResponseSchema = z.object({ results: z.array(pushResultSchema) });
export type DeliveryResponse = z.infer<typeof deliveryResponseSchema>;

/** `PUT /api/v1/group/key` (coordinator only); the key id must be the key's fingerprint. */
export const groupKeyRequestSchema = z.strictObject({
  publicKey: base64.min(100).max(4096),
  keyId: z.string().min(1).max(128),
});
export type GroupKeyRequest = z.infer<typeof groupKeyRequestSchema>;

/** One stored sign-up as `GET /api/v1/signups` (coordinator only) returns it: still sealed. */
export const storedSignUpSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  stallSessionId: z.string(),
  createdAt: z.string(),
  consent: z.object({
    petition: z.boolean(),
    updates: z.boolean(),
    textVersion: z.string(),
    language: consentLanguage,
  }),
  sealed: storedSealedEnvelopeSchema,
});
export type StoredSignUp = z.infer<typeof storedSignUpSchema>;

export const signUpsResponseSchema = z.object({
  signups: z.array(storedSignUpSchema),
  /**
   * When the latest of these sign-ups reached the server (null when there are none): passed back
   * to `DELETE /api/v1/signups` after the export, so a sign-up that arrived since is never deleted.
   */
  receivedThrough: z.string().nullable(),
});
export type SignUpsResponse = z.infer<typeof signUpsResponseSchema>;

export const joinRequestSchema = z.object({
  code: storableText.trim().min(4).max(64),
  deviceName: storableText.trim().min(1).max(80),
});
export type JoinRequest = z.infer<typeof joinRequestSchema>;

/** A member reports and signs people up; a coordinator code also gives the later coordinator endpoints. */
export const DEVICE_ROLES = ['member', 'coordinator'] as const;
export type DeviceRole = (typeof DEVICE_ROLES)[number];

export const joinResponseSchema = z.object({
  deviceId: z.string(),
  token: z.string(),
  group: z.object({
    id: z.string(),
    name: z.string(),
    publicKey: z.string().nullable().default(null),
    keyId: z.string().nullable().optional(),
  }),
  /** Always sent by this server; optional so a client also accepts a server that leaves it out. */
  role: z.enum(DEVICE_ROLES).optional(),
});
export type JoinResponse = z.infer<typeof joinResponseSchema>;

/** Validates one pushed item on its own, so the server can store the rest of a batch. */
export function parsePushItem(
  raw: unknown,
): { ok: true; item: PushItem } | { ok: false; id: string | null; message: string } {
  const envelope = pushItemEnvelopeSchema.safeParse(raw);
  const rawId =
    typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string'
      ? (raw as { id: string }).id
      : null;
  if (!envelope.success) return { ok: false, id: rawId, message: describeIssues(envelope.error) };
  const { id, type, createdAt, data } = envelope.data;
  if (type === 'action-report') {
    const parsed = actionReportDataSchema.safeParse(data);
    return parsed.success
      ? { ok: true, item: { id, type, createdAt, data: parsed.data } }
      : { ok: false, id, message: describeIssues(parsed.error, ['data']) };
  }
  const parsed = signUpDataSchema.safeParse(data);
  return parsed.success
    ? { ok: true, item: { id, type, createdAt, data: parsed.data } }
    : { ok: false, id, message: describeIssues(parsed.error, ['data']) };
}

/** The first few problems as "path: message", the path starting from `within`. */
export function describeIssues(error: z.ZodError, within: readonly string[] = []): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => {
      const path = [...within, ...issue.path.map(String)];
      return path.length ? `${path.join('.')}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

// Publishing the group's own cases (DESIGN.md "The group's own cases").

/** The editor's case without the stamp the server puts on it at publishing. */
export const publishCaseRequestSchema = z.object({
  baseVersion: z.number().int().positive().nullable(),
  case: z.record(z.string(), z.unknown()),
});
export type PublishCaseRequest = z.infer<typeof publishCaseRequestSchema>;

export const publishCaseAnswerSchema = z.object({
  version: z.number().int().positive(),
  case: caseSchema,
});
export type PublishCaseAnswer = z.infer<typeof publishCaseAnswerSchema>;

/** 409: someone published meanwhile; `current` is what the server holds now (null: nothing). */
export const staleCaseAnswerSchema = z.object({
  error: z.object({ code: z.literal('stale_version'), message: z.string() }),
  current: caseSchema.nullable(),
});
export type StaleCaseAnswer = z.infer<typeof staleCaseAnswerSchema>;

export const caseProblemSchema = z.object({
  path: z.string(),
  problem: z.string(),
  names: z.array(z.string()).optional(),
  maximum: z.number().optional(),
});

/** 400: the case does not pass `checkCaseForPublishing` on the server. */
export const invalidCaseAnswerSchema = z.object({
  error: z.object({
    code: z.literal('invalid_case'),
    message: z.string(),
    problems: z.array(caseProblemSchema),
  }),
});
export type InvalidCaseAnswer = z.infer<typeof invalidCaseAnswerSchema>;

export const caseVersionsAnswerSchema = z.object({
  versions: z.array(
    z.object({
      version: z.number().int().positive(),
      publishedAt: z.string(),
      publishedBy: z.string().nullable(),
    }),
  ),
});
export type CaseVersionsAnswer = z.infer<typeof caseVersionsAnswerSchema>;

/** `GET /api/v1/public/cases`, without a token: the group's public cases that are open or closed. */
export const publicCasesAnswerSchema = z.object({ cases: z.array(caseSchema) });
export type PublicCasesAnswer = z.infer<typeof publicCasesAnswerSchema>;
