import type { CartaDatabase } from '../db/database';
import type { GroupKeyRequest, StoredSignUp } from '../domain/syncProtocol';
import {
  callGroupApi,
  groupApi,
  requestFailure,
  type ApiCall,
  type FetchLike,
  type RequestFailure,
} from './groupApi';

/** Why a coordinator request did not go through: not joined, or what the server said. */
export type CoordinatorFailure = { ok: false; reason: 'not-joined' } | RequestFailure;

export interface CoordinatorDeps {
  fetch?: FetchLike;
  now?: () => Date;
}

/** How this phone speaks to its group's server as itself; null before it has joined. */
async function callAsThisPhone(
  database: CartaDatabase,
  deps: CoordinatorDeps,
): Promise<ApiCall | null> {
  const membership = await database.group.get('current');
  if (!membership) return null;
  return {
    serverUrl: membership.serverUrl,
    token: membership.token,
    fetch: deps.fetch ?? ((input, init) => fetch(input, init)),
    ...(deps.now ? { now: deps.now } : {}),
  };
}

/**
 * Gives the server the group's public key, so every phone receives it on its next sync. This phone
 * keeps it at once too: the coordinator may run a stall before syncing again.
 */
export async function uploadGroupKey(
  database: CartaDatabase,
  key: GroupKeyRequest,
  deps: CoordinatorDeps = {},
): Promise<{ ok: true } | CoordinatorFailure> {
  const call = await callAsThisPhone(database, deps);
  if (!call) return { ok: false, reason: 'not-joined' };
  const outcome = await callGroupApi(groupApi.putGroupKey, call, key);
  if (outcome.kind !== 'ok') return requestFailure(outcome);
  await database.group.update('current', { publicKey: key.publicKey, publicKeyId: key.keyId });
  return { ok: true };
}

/** Every sign-up the server holds for the group, still sealed: only this browser can open them. */
export async function fetchSealedSignUps(
  database: CartaDatabase,
  deps: CoordinatorDeps = {},
): Promise<{ ok: true; signups: StoredSignUp[] } | CoordinatorFailure> {
  const call = await callAsThisPhone(database, deps);
  if (!call) return { ok: false, reason: 'not-joined' };
  const outcome = await callGroupApi(groupApi.listSignUps, call, undefined);
  if (outcome.kind !== 'ok') return requestFailure(outcome);
  return { ok: true, signups: outcome.body.signups };
}
