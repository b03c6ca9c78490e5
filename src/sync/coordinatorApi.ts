import type { CartaDatabase } from '../db/database';
import type { GroupKeyRequest, SignUpsResponse, StoredSignUp } from '../domain/syncProtocol';
import { requestJson, syncEndpoint, type ApiOutcome, type FetchLike } from './syncApi';

/** Why a coordinator request did not go through, in terms the screen can explain. */
export type CoordinatorFailure =
  | { ok: false; reason: 'not-joined' }
  | { ok: false; reason: 'not-coordinator' }
  | { ok: false; reason: 'unreachable' }
  | { ok: false; reason: 'refused'; message: string };

export interface CoordinatorDeps {
  fetch?: FetchLike;
  now?: () => Date;
}

function failureOf(outcome: Exclude<ApiOutcome<unknown>, { kind: 'ok' }>): CoordinatorFailure {
  switch (outcome.kind) {
    case 'unauthorized':
      // 401: the token is gone; 403: it belongs to a member's phone. Either way only a
      // coordinator's phone may do this.
      return { ok: false, reason: 'not-coordinator' };
    case 'network-error':
    case 'server-error':
    case 'rate-limited':
      return { ok: false, reason: 'unreachable' };
    case 'too-large':
      return { ok: false, reason: 'refused', message: 'Request too large' };
    case 'rejected':
      return { ok: false, reason: 'refused', message: outcome.message };
  }
}

const defaultFetch: FetchLike = (input, init) => fetch(input, init);

/**
 * Gives the server the group's public key, so every phone receives it on its next sync. This phone
 * keeps it at once too: the coordinator may run a stall before syncing again.
 */
export async function uploadGroupKey(
  database: CartaDatabase,
  key: GroupKeyRequest,
  deps: CoordinatorDeps = {},
): Promise<{ ok: true } | CoordinatorFailure> {
  const membership = await database.group.get('current');
  if (!membership) return { ok: false, reason: 'not-joined' };
  const outcome = await requestJson<unknown>(
    deps.fetch ?? defaultFetch,
    'PUT',
    syncEndpoint(membership.serverUrl, 'api/v1/group/key'),
    key,
    membership.token,
    deps.now ?? (() => new Date()),
  );
  if (outcome.kind !== 'ok') return failureOf(outcome);
  await database.group.update('current', { publicKey: key.publicKey, publicKeyId: key.keyId });
  return { ok: true };
}

/** Every sign-up the server holds for the group, still sealed: only this browser can open them. */
export async function fetchSealedSignUps(
  database: CartaDatabase,
  deps: CoordinatorDeps = {},
): Promise<{ ok: true; signups: StoredSignUp[] } | CoordinatorFailure> {
  const membership = await database.group.get('current');
  if (!membership) return { ok: false, reason: 'not-joined' };
  const outcome = await requestJson<SignUpsResponse>(
    deps.fetch ?? defaultFetch,
    'GET',
    syncEndpoint(membership.serverUrl, 'api/v1/signups'),
    undefined,
    membership.token,
    deps.now ?? (() => new Date()),
  );
  if (outcome.kind !== 'ok') return failureOf(outcome);
  return { ok: true, signups: Array.isArray(outcome.body.signups) ? outcome.body.signups : [] };
}
