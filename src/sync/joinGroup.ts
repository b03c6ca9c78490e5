import type { CartaDatabase } from '../db/database';
import type { GroupMembership } from '../domain/records';
import type { JoinResponse } from '../domain/syncProtocol';
import { INITIAL_SYNC_STATE } from './syncEngine';
import { postJoin, type FetchLike } from './syncApi';

export type JoinOutcome =
  | { ok: true; membership: GroupMembership }
  | { ok: false; reason: 'invalid-address' }
  | { ok: false; reason: 'unreachable'; serverUrl: string }
  | { ok: false; reason: 'refused'; message: string }
  | { ok: false; reason: 'rate-limited' }
  | { ok: false; reason: 'server-error'; status: number };

/**
 * The address as the member typed it, made into the server's base URL. Without a scheme it is
 * taken as https: a group server on the internet should never be reached in clear text.
 */
export function normalizeServerUrl(typed: string): string | null {
  const trimmed = typed.trim();
  if (!trimmed) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return null;
  }
}

function isJoinAnswer(body: unknown): body is JoinResponse {
  const b = body as { deviceId?: unknown; token?: unknown; group?: Record<string, unknown> };
  return (
    typeof b?.deviceId === 'string' &&
    typeof b.token === 'string' &&
    typeof b.group?.id === 'string' &&
    typeof b.group.name === 'string'
  );
}

/**
 * Joins the group with its code and keeps the device token. A fresh membership starts the sync
 * bookkeeping from scratch (no cursor, no backoff, no "join again") and drops the old group's totals.
 * Records still waiting stay in the outbox and go to the group joined now.
 */
export async function joinGroup(
  database: CartaDatabase,
  request: { serverAddress: string; code: string; deviceName: string },
  deps: { fetch?: FetchLike; now?: () => Date } = {},
): Promise<JoinOutcome> {
  const serverUrl = normalizeServerUrl(request.serverAddress);
  if (!serverUrl) return { ok: false, reason: 'invalid-address' };
  const now = deps.now ?? (() => new Date());
  const fetchImpl: FetchLike = deps.fetch ?? ((input, init) => fetch(input, init));
  const outcome = await postJoin(
    fetchImpl,
    serverUrl,
    { code: request.code.trim(), deviceName: request.deviceName.trim() },
    now,
  );
  switch (outcome.kind) {
    case 'ok':
      break;
    case 'network-error':
      return { ok: false, reason: 'unreachable', serverUrl };
    case 'unauthorized':
    case 'rejected':
      return { ok: false, reason: 'refused', message: outcome.message };
    case 'rate-limited':
      return { ok: false, reason: 'rate-limited' };
    case 'too-large':
      return { ok: false, reason: 'refused', message: 'Request too large' };
    case 'server-error':
      return { ok: false, reason: 'server-error', status: outcome.status };
  }
  if (!isJoinAnswer(outcome.body)) return { ok: false, reason: 'unreachable', serverUrl };
  const { deviceId, token, group, role } = outcome.body;
  const membership: GroupMembership = {
    id: 'current',
    serverUrl,
    deviceId,
    token,
    groupId: group.id,
    groupName: group.name,
    publicKey: group.publicKey ?? null,
    publicKeyId: group.keyId ?? null,
    role: role === 'coordinator' ? 'coordinator' : 'member',
    joinedAt: now().toISOString(),
  };
  await database.transaction(
    'rw',
    [database.group, database.syncState, database.totals],
    async () => {
      await database.group.put(membership);
      await database.syncState.put(INITIAL_SYNC_STATE);
      await database.totals.clear();
    },
  );
  return { ok: true, membership };
}
