import type { CartaDatabase } from '../db/database';
import type { Case } from '../domain/case';
import { callGroupApi, groupApi, type FetchLike } from './groupApi';

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
    // Another tab may have stored a newer copy meanwhile; a newer version is never replaced.
    await database.transaction('rw', database.cases, async () => {
      const held = await database.cases.get(outcome.body.id);
      if (!held || held.version < outcome.body.version) {
        await database.cases.put({ ...outcome.body, origin: 'server' });
      }
    });
    return { ok: true, case: outcome.body };
  }
  if (outcome.kind === 'rejected' && outcome.status === 404)
    return { ok: false, reason: 'not-found' };
  return { ok: false, reason: 'unreachable' };
}
