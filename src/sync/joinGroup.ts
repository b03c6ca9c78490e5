import type { CartaDatabase } from '../db/database';
import type { GroupMembership } from '../db/rows';
import {
  callGroupApi,
  groupApi,
  requestFailure,
  type FetchLike,
  type RequestFailure,
} from './groupApi';
import { announcedKey, groupKeyChanges, type KeyFields } from './groupKeyPin';
import { INITIAL_SYNC_STATE } from './syncState';

export type JoinOutcome =
  | { ok: true; membership: GroupMembership }
  | { ok: false; reason: 'invalid-address' }
  | (RequestFailure & { serverUrl: string });

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
  const outcome = await callGroupApi(
    groupApi.join,
    { serverUrl, token: null, fetch: deps.fetch ?? ((input, init) => fetch(input, init)), now },
    { code: request.code.trim(), deviceName: request.deviceName.trim() },
  );
  if (outcome.kind !== 'ok') return { ...requestFailure(outcome), serverUrl };
  const { deviceId, token, group, role } = outcome.body;
  const announced = await announcedKey(group);
  const membership = await database.transaction(
    'rw',
    [database.group, database.syncState, database.totals],
    async () => {
      // Joining the same group again (after being removed, say) keeps the key this phone trusts:
      // a join answer cannot swap it any more than a sync answer can. Another group starts afresh.
      const previous = await database.group.get('current');
      const trusted: KeyFields =
        previous?.groupId === group.id
          ? previous
          : { publicKey: null, publicKeyId: null, pinnedKeyFingerprint: null, offeredKey: null };
      const joined: GroupMembership = {
        id: 'current',
        serverUrl,
        deviceId,
        token,
        groupId: group.id,
        groupName: group.name,
        // Written into a file of undelivered records, so the coordinator knows whose it is.
        deviceName: request.deviceName.trim(),
        publicKey: trusted.publicKey,
        publicKeyId: trusted.publicKeyId ?? null,
        pinnedKeyFingerprint: trusted.pinnedKeyFingerprint ?? null,
        offeredKey: trusted.offeredKey ?? null,
        ...groupKeyChanges(trusted, announced, now()),
        role: role === 'coordinator' ? 'coordinator' : 'member',
        joinedAt: now().toISOString(),
      };
      await database.group.put(joined);
      await database.syncState.put(INITIAL_SYNC_STATE);
      await database.totals.clear();
      return joined;
    },
  );
  return { ok: true, membership };
}
