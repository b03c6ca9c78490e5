import type { CartaDatabase } from '../db/database';
import type { Case } from '../domain/case';
import type { CaseProblem } from '../domain/caseProblems';
import { keyFingerprint } from '../domain/keyFingerprint';
import {
  invalidCaseAnswerSchema,
  staleCaseAnswerSchema,
  type CaseVersionsAnswer,
  type GroupKeyRequest,
  type StoredSignUp,
} from '../domain/syncProtocol';
import {
  callGroupApi,
  groupApi,
  requestFailure,
  type ApiCall,
  type FetchLike,
  type RequestFailure,
} from './groupApi';
import { applyServerCases, serverCaseTables } from './serverCases';

/** Why a coordinator request did not go through: not joined, or what the server said. */
export type CoordinatorFailure = { ok: false; reason: 'not-joined' } | RequestFailure;

export interface CoordinatorDeps {
  fetch?: FetchLike;
  now?: () => Date;
}

export type PublishOutcome =
  | { ok: true; case: Case }
  /** Someone published meanwhile: nothing was overwritten, `current` is what the group has now. */
  | { ok: false; reason: 'stale'; current: Case | null }
  /** The server found what the editor's own check did not (another version of the app). */
  | { ok: false; reason: 'invalid'; problems: CaseProblem[] }
  | CoordinatorFailure;

/** How this phone speaks to its group's server as itself; null before it has joined. */
export async function callAsThisPhone(
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
 * keeps it at once too, trusted: the coordinator holds its private half, and may run a stall before
 * syncing again. Other phones trust it only once a volunteer has compared its fingerprint.
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
  await database.group.update('current', {
    publicKey: key.publicKey,
    publicKeyId: key.keyId,
    pinnedKeyFingerprint: await keyFingerprint(key.publicKey),
    offeredKey: null,
  });
  return { ok: true };
}

/**
 * Every sign-up the server holds for the group, still sealed: only this browser can open them.
 * `receivedThrough` is what to pass to deleteExportedSignUps once they are safely exported.
 */
export async function fetchSealedSignUps(
  database: CartaDatabase,
  deps: CoordinatorDeps = {},
): Promise<
  { ok: true; signups: StoredSignUp[]; receivedThrough: string | null } | CoordinatorFailure
> {
  const call = await callAsThisPhone(database, deps);
  if (!call) return { ok: false, reason: 'not-joined' };
  const outcome = await callGroupApi(groupApi.listSignUps, call, undefined);
  if (outcome.kind !== 'ok') return requestFailure(outcome);
  return { ok: true, ...outcome.body };
}

/**
 * Publishes a case the coordinator edited from `baseVersion` (null: a new case). The published
 * copy goes into this phone's cases at once, as members will get it on their next sync.
 */
export async function publishCase(
  database: CartaDatabase,
  request: { baseVersion: number | null; case: Record<string, unknown> & { id: string } },
  deps: CoordinatorDeps = {},
): Promise<PublishOutcome> {
  const call = await callAsThisPhone(database, deps);
  if (!call) return { ok: false, reason: 'not-joined' };
  const outcome = await callGroupApi(
    groupApi.publishCase,
    { ...call, params: { id: request.case.id } },
    request,
  );
  if (outcome.kind === 'ok') {
    const published = outcome.body.case;
    await database.transaction('rw', serverCaseTables(database), () =>
      applyServerCases(database, [published]),
    );
    return { ok: true, case: published };
  }
  if (outcome.kind === 'rejected') {
    const stale = staleCaseAnswerSchema.safeParse(outcome.body);
    if (stale.success) return { ok: false, reason: 'stale', current: stale.data.current };
    const invalid = invalidCaseAnswerSchema.safeParse(outcome.body);
    if (invalid.success) {
      return {
        ok: false,
        reason: 'invalid',
        problems: invalid.data.error.problems as CaseProblem[],
      };
    }
  }
  return requestFailure(outcome);
}

/** Who published each version of a case, and when: newest first. */
export async function fetchCaseVersions(
  database: CartaDatabase,
  caseId: string,
  deps: CoordinatorDeps = {},
): Promise<{ ok: true; versions: CaseVersionsAnswer['versions'] } | CoordinatorFailure> {
  const call = await callAsThisPhone(database, deps);
  if (!call) return { ok: false, reason: 'not-joined' };
  const outcome = await callGroupApi(
    groupApi.caseVersions,
    { ...call, params: { id: caseId } },
    undefined,
  );
  if (outcome.kind !== 'ok') return requestFailure(outcome);
  return { ok: true, versions: outcome.body.versions };
}
