import { z } from 'zod';
import { LANGUAGES } from './language';

/**
 * The contract between any Carta client and the group's server (DESIGN.md, "Sync protocol").
 * Both sides validate with these schemas, so a change here is a change of the protocol.
 */

export const ACTION_TYPES = [
  'letter',
  'email',
  'fax',
  'call',
  'social',
  'petition',
  'other',
] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

export const MAX_ACTION_COUNT = 1000;
export const MAX_PUSH_ITEMS = 500;
export const MAX_SYNC_BODY_BYTES = 1024 * 1024;

const caseId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a case id such as ua-105-22');
const actionCount = z.number().int().min(1).max(MAX_ACTION_COUNT);

export const actionReportDataSchema = z.strictObject({
  caseId,
  actions: z
    .partialRecord(z.enum(ACTION_TYPES), actionCount)
    .refine((a) => Object.keys(a).length > 0, 'at least one action'),
  occurredOn: z.iso.date(),
});
export type ActionReportData = z.infer<typeof actionReportDataSchema>;

const base64 = z.string().regex(/^[A-Za-z0-9+/_-]+={0,2}$/, 'base64');

export const sealedEnvelopeSchema = z.strictObject({
  alg: z.string().min(1).max(64),
  keyId: z.string().min(1).max(128),
  wrappedKey: base64,
  iv: base64,
  ciphertext: base64,
});
export type SealedEnvelope = z.infer<typeof sealedEnvelopeSchema>;

export const signUpDataSchema = z.strictObject({
  caseId,
  stallSessionId: z.uuid(),
  consent: z.strictObject({
    petition: z.boolean(),
    updates: z.boolean(),
    textVersion: z.string().min(1).max(64),
    language: z.enum(LANGUAGES),
  }),
  sealed: sealedEnvelopeSchema,
});
export type SignUpData = z.infer<typeof signUpDataSchema>;

export const PUSH_ITEM_TYPES = ['action-report', 'sign-up'] as const;

/** The envelope of one pushed item; `data` is checked separately so one bad item rejects alone. */
export const pushItemEnvelopeSchema = z.object({
  id: z.uuid(),
  type: z.enum(PUSH_ITEM_TYPES),
  createdAt: z.iso.datetime({ offset: true }),
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

export const REJECTION_CODES = ['invalid', 'conflict', 'unknown_case'] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];

export type PushResult =
  | { id: string; status: 'stored' | 'duplicate' }
  | { id: string; status: 'rejected'; error: { code: RejectionCode | string; message: string } };

/** Per case: a count for each action type, plus `signups`. */
export type GroupTotals = Record<string, Partial<Record<ActionType | 'signups', number>>>;

/** The key phones seal sign-ups to; both null until the coordinator has uploaded one. */
export interface GroupPublicKey {
  publicKey: string | null;
  keyId: string | null;
}

export interface SyncResponse {
  results: PushResult[];
  cases: unknown[];
  totals: GroupTotals;
  cursor: string | null;
  /** Sent on every sync, so a key the coordinator uploads (or replaces) reaches every phone. */
  group?: GroupPublicKey;
}

/** `PUT /api/v1/group/key` (coordinator only); the key id must be the key's fingerprint. */
export const groupKeyRequestSchema = z.strictObject({
  publicKey: base64.min(100).max(4096),
  keyId: z.string().min(1).max(128),
});
export type GroupKeyRequest = z.infer<typeof groupKeyRequestSchema>;

/** One stored sign-up as `GET /api/v1/signups` (coordinator only) returns it: still sealed. */
export interface StoredSignUp {
  id: string;
  caseId: string;
  stallSessionId: string;
  createdAt: string;
  consent: SignUpData['consent'];
  sealed: SealedEnvelope;
}

export interface SignUpsResponse {
  signups: StoredSignUp[];
}

export const joinRequestSchema = z.object({
  code: z.string().trim().min(4).max(64),
  deviceName: z.string().trim().min(1).max(80),
});

/** A member reports and signs people up; a coordinator code also gives the later coordinator endpoints. */
export const DEVICE_ROLES = ['member', 'coordinator'] as const;
export type DeviceRole = (typeof DEVICE_ROLES)[number];

export interface JoinResponse {
  deviceId: string;
  token: string;
  group: { id: string; name: string; publicKey: string | null; keyId?: string | null };
  /** Always sent by this server; optional so a client also accepts a server that leaves it out. */
  role?: DeviceRole;
}

export interface ApiErrorBody {
  error: { code: string; message: string };
}

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
      : { ok: false, id, message: describeIssues(parsed.error) };
  }
  const parsed = signUpDataSchema.safeParse(data);
  return parsed.success
    ? { ok: true, item: { id, type, createdAt, data: parsed.data } }
    : { ok: false, id, message: describeIssues(parsed.error) };
}

export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) =>
      issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    )
    .join('; ');
}
