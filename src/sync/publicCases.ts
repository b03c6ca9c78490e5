import type { CartaDatabase } from '../db/database';
import type { Case } from '../domain/case';
import { callGroupApi, groupApi, type FetchLike } from './groupApi';
import { applyServerCases, serverCaseTables } from './serverCases';

export type PublicCaseOutcome =
  { ok: true; case: Case } | { ok: false; reason: 'not-found' | 'unreachable' };

/**
 * A case a passer-by opened from a QR code, read from the group's public endpoint without a token
 * and kept on their phone, so they can read it and write their own appeal offline from then on.
 * Nothing is sent but the one read: the phone does not join and reports nothing.
 */
export async function loadPublicCase(
  database: CartaDatabase,
  serverUrl: string,
  caseId: string,
  deps: { fetch?: FetchLike } = {},
): Promise<PublicCaseOutcome> {
  const outcome = await callGroupApi(
    groupApi.publicCase,
    {
      serverUrl,
      token: null,
      fetch: deps.fetch ?? ((input, init) => fetch(input, init)),
      params: { id: caseId },
    },
    undefined,
  );
  if (outcome.kind === 'ok') {
    // Kept as a sync keeps a case: a newer copy another tab stored meanwhile is never replaced.
    await database.transaction('rw', serverCaseTables(database), () =>
      applyServerCases(database, [outcome.body]),
    );
    return { ok: true, case: outcome.body };
  }
  if (outcome.kind === 'rejected' && outcome.status === 404)
    return { ok: false, reason: 'not-found' };
  return { ok: false, reason: 'unreachable' };
}
