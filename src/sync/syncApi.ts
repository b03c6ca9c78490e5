import type { JoinResponse, SyncResponse } from '../domain/syncProtocol';
import { parseRetryAfter } from './backoff';

/** What one request to the group's server came to, in the terms the engine acts on. */
export type ApiOutcome<T> =
  | { kind: 'ok'; body: T }
  | { kind: 'unauthorized'; status: 401 | 403; message: string }
  | { kind: 'rate-limited'; retryAfterMs: number | null }
  | { kind: 'too-large' }
  | { kind: 'rejected'; status: number; code: string; message: string }
  | { kind: 'server-error'; status: number }
  | { kind: 'network-error'; message: string };

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

async function readError(response: Response): Promise<{ code: string; message: string }> {
  try {
    const body = (await response.json()) as { error?: { code?: unknown; message?: unknown } };
    return {
      code: typeof body.error?.code === 'string' ? body.error.code : `http_${response.status}`,
      message: typeof body.error?.message === 'string' ? body.error.message : response.statusText,
    };
  } catch {
    return { code: `http_${response.status}`, message: response.statusText };
  }
}

/** One JSON request to the group's server; `body` undefined sends none (a GET). */
export async function requestJson<T>(
  fetchImpl: FetchLike,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  body: unknown,
  token: string | null,
  now: () => Date,
): Promise<ApiOutcome<T>> {
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
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
    try {
      return { kind: 'ok', body: (await response.json()) as T };
    } catch {
      // A proxy or captive portal answered 200 with something else: treat it like no answer.
      return { kind: 'network-error', message: 'unreadable answer' };
    }
  }
  if (response.status === 401 || response.status === 403) {
    return {
      kind: 'unauthorized',
      status: response.status,
      message: (await readError(response)).message,
    };
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

export function syncEndpoint(serverUrl: string, path: string): string {
  return new URL(path, serverUrl.endsWith('/') ? serverUrl : `${serverUrl}/`).toString();
}

export function postSync(
  fetchImpl: FetchLike,
  serverUrl: string,
  token: string,
  request: { cursor: string | null; push: unknown[] },
  now: () => Date = () => new Date(),
): Promise<ApiOutcome<SyncResponse>> {
  return requestJson<SyncResponse>(
    fetchImpl,
    'POST',
    syncEndpoint(serverUrl, 'api/v1/sync'),
    request,
    token,
    now,
  );
}

export function postJoin(
  fetchImpl: FetchLike,
  serverUrl: string,
  request: { code: string; deviceName: string },
  now: () => Date = () => new Date(),
): Promise<ApiOutcome<JoinResponse>> {
  return requestJson<JoinResponse>(
    fetchImpl,
    'POST',
    syncEndpoint(serverUrl, 'api/v1/join'),
    request,
    null,
    now,
  );
}
