import type { z } from 'zod';
import { caseSchema, type Case } from '../domain/case';
import {
  deletedSignUpsResponseSchema,
  deviceResponseSchema,
  devicesResponseSchema,
  groupNameResponseSchema,
  rotatedCodeResponseSchema,
  signUpRetentionSchema,
  totalsResponseSchema,
  type DeletedSignUpsResponse,
  type DeviceResponse,
  type DevicesResponse,
  type GroupNameResponse,
  type RenameDeviceRequest,
  type RenameGroupRequest,
  type RotatedCodeResponse,
  type SignUpRetention,
  type TotalsResponse,
} from '../domain/groupAdminProtocol';
import {
  apiErrorBodySchema,
  caseVersionsAnswerSchema,
  publishCaseAnswerSchema,
  type CaseVersionsAnswer,
  type PublishCaseAnswer,
  type PublishCaseRequest,
  groupPublicKeySchema,
  joinResponseSchema,
  signUpsResponseSchema,
  syncResponseSchema,
  deliveryResponseSchema,
  type DeliveryRequest,
  type DeliveryResponse,
  type GroupKeyRequest,
  type JoinRequest,
  type SyncRequest,
} from '../domain/syncProtocol';
import { parseRetryAfter } from './backoff';

/**
 * The one client of the group's server: every endpoint is a row of `groupApi`, every answer is
 * checked against its schema from domain/ before anything acts on it, and every failure comes back
 * in the same few terms.
 */

/** What one request to the group's server came to, in the terms the callers act on. */
export type ApiOutcome<T> = { kind: 'ok'; body: T } | ApiFailure;

export type ApiFailure =
  | { kind: 'unauthorized'; status: 401 | 403; code: string; message: string }
  | { kind: 'rate-limited'; retryAfterMs: number | null }
  | { kind: 'too-large' }
  /** `body` is the whole answer: some refusals carry more than a message (a 409's current case). */
  | { kind: 'rejected'; status: number; code: string; message: string; body: unknown }
  | { kind: 'server-error'; status: number }
  /** No answer at all, or one that is not JSON (a captive portal's page): as good as offline. */
  | { kind: 'network-error'; message: string }
  /** JSON, but not the answer this endpoint gives: something between us and the server is wrong. */
  | { kind: 'unreadable-answer' };

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

interface Endpoint<Request, Answer> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  answer: z.ZodType<Answer>;
  /** Only ever read as a type: what the request body must be. */
  request?: Request;
}

function endpoint<Request, Answer>(
  method: Endpoint<Request, Answer>['method'],
  path: string,
  answer: z.ZodType<Answer>,
): Endpoint<Request, Answer> {
  return { method, path, answer };
}

export const groupApi = {
  join: endpoint<JoinRequest, z.infer<typeof joinResponseSchema>>(
    'POST',
    'api/v1/join',
    joinResponseSchema,
  ),
  sync: endpoint<SyncRequest, z.infer<typeof syncResponseSchema>>(
    'POST',
    'api/v1/sync',
    syncResponseSchema,
  ),
  renameGroup: endpoint<RenameGroupRequest, GroupNameResponse>(
    'PATCH',
    'api/v1/group',
    groupNameResponseSchema,
  ),
  /** Records a phone saved to a file, delivered by the coordinator's device (coordinator only). */
  deliver: endpoint<DeliveryRequest, DeliveryResponse>(
    'POST',
    'api/v1/deliveries',
    deliveryResponseSchema,
  ),
  putGroupKey: endpoint<GroupKeyRequest, z.infer<typeof groupPublicKeySchema>>(
    'PUT',
    'api/v1/group/key',
    groupPublicKeySchema,
  ),
  publishCase: endpoint<PublishCaseRequest, PublishCaseAnswer>(
    'PUT',
    'api/v1/cases/:id',
    publishCaseAnswerSchema,
  ),
  /** A published public case, read without a token (a passer-by's phone, from a QR code). */
  publicCase: endpoint<undefined, Case>('GET', 'api/v1/public/cases/:id', caseSchema),
  caseVersions: endpoint<undefined, CaseVersionsAnswer>(
    'GET',
    'api/v1/cases/:id/versions',
    caseVersionsAnswerSchema,
  ),
  listSignUps: endpoint<undefined, z.infer<typeof signUpsResponseSchema>>(
    'GET',
    'api/v1/signups',
    signUpsResponseSchema,
  ),
  /** Query: from, to, by. */
  totals: endpoint<undefined, TotalsResponse>('GET', 'api/v1/totals', totalsResponseSchema),
  devices: endpoint<undefined, DevicesResponse>('GET', 'api/v1/devices', devicesResponseSchema),
  renameDevice: endpoint<RenameDeviceRequest, DeviceResponse>(
    'PATCH',
    'api/v1/devices/:id',
    deviceResponseSchema,
  ),
  revokeDevice: endpoint<undefined, DeviceResponse>(
    'POST',
    'api/v1/devices/:id/revoke',
    deviceResponseSchema,
  ),
  rotateCode: endpoint<undefined, RotatedCodeResponse>(
    'POST',
    'api/v1/codes/:role/rotate',
    rotatedCodeResponseSchema,
  ),
  signUpRetention: endpoint<undefined, SignUpRetention>(
    'GET',
    'api/v1/signups/retention',
    signUpRetentionSchema,
  ),
  /** Query: receivedThrough, the `receivedThrough` of the sign-ups that were exported. */
  deleteSignUps: endpoint<undefined, DeletedSignUpsResponse>(
    'DELETE',
    'api/v1/signups',
    deletedSignUpsResponseSchema,
  ),
};

export interface ApiCall {
  serverUrl: string;
  /** The device token; null for the calls made before joining. */
  token: string | null;
  fetch: FetchLike;
  now?: () => Date;
  /** Values for the `:name` parts of an endpoint's path. */
  params?: Record<string, string>;
  /** The query string's names and values; never personal data, which must not travel in URLs. */
  query?: Record<string, string>;
}

export function endpointUrl(serverUrl: string, path: string): string {
  return new URL(path, serverUrl.endsWith('/') ? serverUrl : `${serverUrl}/`).toString();
}

async function readError(
  response: Response,
): Promise<{ code: string; message: string; body: unknown }> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  const parsed = apiErrorBodySchema.safeParse(body);
  return parsed.success
    ? { ...parsed.data.error, body }
    : { code: `http_${response.status}`, message: response.statusText, body };
}

/** One request to the group's server; `body` undefined sends none (a GET). */
export async function callGroupApi<Request, Answer>(
  target: Endpoint<Request, Answer>,
  call: ApiCall,
  body: Request,
): Promise<ApiOutcome<Answer>> {
  const now = call.now ?? (() => new Date());
  let response: Response;
  try {
    const path = target.path.replace(/:(\w+)/g, (_, name: string) =>
      encodeURIComponent(call.params?.[name] ?? ''),
    );
    const url = new URL(endpointUrl(call.serverUrl, path));
    for (const [name, value] of Object.entries(call.query ?? {})) url.searchParams.set(name, value);
    response = await call.fetch(url.toString(), {
      method: target.method,
      headers: {
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(call.token ? { Authorization: `Bearer ${call.token}` } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      // The answer must come from the server, never from an HTTP cache.
      cache: 'no-store',
    });
  } catch (error) {
    return {
      kind: 'network-error',
      message: error instanceof Error ? error.message : String(error),
    };
  }
  if (response.ok) {
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      // A proxy or captive portal answered 200 with a page of its own: treat it like no answer.
      return { kind: 'network-error', message: 'unreadable answer' };
    }
    const parsed = target.answer.safeParse(json);
    return parsed.success ? { kind: 'ok', body: parsed.data } : { kind: 'unreadable-answer' };
  }
  if (response.status === 401 || response.status === 403) {
    const { code, message } = await readError(response);
    return { kind: 'unauthorized', status: response.status, code, message };
  }
  if (response.status === 429) {
    return {
      kind: 'rate-limited',
      retryAfterMs: parseRetryAfter(response.headers.get('Retry-After'), now()),
    };
  }
  if (response.status === 413) return { kind: 'too-large' };
  if (response.status >= 500) return { kind: 'server-error', status: response.status };
  return { kind: 'rejected', status: response.status, ...(await readError(response)) };
}

/**
 * Why a request a member or coordinator made did not go through, in the terms a screen explains.
 * (The sync engine acts on the raw outcome instead: it backs off, re-joins or splits its batch.)
 */
export type RequestFailure =
  | { ok: false; reason: 'unreachable' }
  | { ok: false; reason: 'not-authorized'; message: string }
  | { ok: false; reason: 'rate-limited' }
  | { ok: false; reason: 'refused'; message: string }
  | { ok: false; reason: 'server-error'; status: number };

export function requestFailure(failure: ApiFailure): RequestFailure {
  switch (failure.kind) {
    case 'network-error':
    case 'unreadable-answer':
      return { ok: false, reason: 'unreachable' };
    case 'unauthorized':
      return { ok: false, reason: 'not-authorized', message: failure.message };
    case 'rate-limited':
      return { ok: false, reason: 'rate-limited' };
    case 'too-large':
      return { ok: false, reason: 'refused', message: 'Request too large' };
    case 'rejected':
      return { ok: false, reason: 'refused', message: failure.message };
    case 'server-error':
      return { ok: false, reason: 'server-error', status: failure.status };
  }
}
