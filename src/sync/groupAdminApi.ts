import type { CartaDatabase } from '../db/database';
import {
  REVOKED_ERROR_CODE,
  type DeviceSummary,
  type RotatedCodeResponse,
  type SignUpRetention,
  type TotalsQuery,
  type TotalsResponse,
} from '../domain/groupAdminProtocol';
import type { DeviceRole, PushResult } from '../domain/syncProtocol';
import { deliveryBatches, type UndeliveredItem } from '../domain/undeliveredFile';
import { callAsThisPhone, type CoordinatorDeps, type CoordinatorFailure } from './coordinatorApi';
import { callGroupApi, groupApi, requestFailure, type ApiCall, type ApiOutcome } from './groupApi';
import { recordRemovalFromGroup } from './syncState';

// What the coordinator's screens for running the group call (DESIGN.md, "Running the group"):
// totals over time, devices, join codes and sign-up retention, each as an outcome to show.

/** Why a request did not go through; `revoked`: the coordinator's own phone was removed. */
export type GroupAdminFailure =
  CoordinatorFailure | { ok: false; reason: 'revoked'; message: string };

type Outcome<T> = ({ ok: true } & T) | GroupAdminFailure;

/**
 * Calls an endpoint as this phone and hands a good answer to `then`. A `revoked` answer is
 * recorded as the sync engine records it, so the whole app knows the phone was removed.
 */
async function asThisPhone<Answer, T>(
  database: CartaDatabase,
  deps: CoordinatorDeps,
  request: (call: ApiCall) => Promise<ApiOutcome<Answer>>,
  then: (answer: Answer) => T,
): Promise<Outcome<T>> {
  const call = await callAsThisPhone(database, deps);
  if (!call) return { ok: false, reason: 'not-joined' };
  const outcome = await request(call);
  if (outcome.kind === 'ok') return { ok: true, ...then(outcome.body) };
  if (outcome.kind === 'unauthorized' && outcome.code === REVOKED_ERROR_CODE) {
    await recordRemovalFromGroup(database, outcome.message, (deps.now ?? (() => new Date()))());
    return { ok: false, reason: 'revoked', message: outcome.message };
  }
  return requestFailure(outcome);
}

/** The group's actions per case, action type and week or month, empty periods included. */
export function fetchTotals(
  database: CartaDatabase,
  query: TotalsQuery,
  deps: CoordinatorDeps = {},
): Promise<Outcome<{ totals: TotalsResponse }>> {
  return asThisPhone(
    database,
    deps,
    (call) => callGroupApi(groupApi.totals, { ...call, query: { ...query } }, undefined),
    (totals) => ({ totals }),
  );
}

/**
 * Gives the group a new name. This phone keeps it at once; every other phone reads it in its next
 * sync answer.
 */
export async function renameGroup(
  database: CartaDatabase,
  name: string,
  deps: CoordinatorDeps = {},
): Promise<Outcome<{ name: string }>> {
  const outcome = await asThisPhone(
    database,
    deps,
    (call) => callGroupApi(groupApi.renameGroup, call, { name }),
    ({ group }) => ({ name: group.name }),
  );
  if (outcome.ok) await database.group.update('current', { groupName: outcome.name });
  return outcome;
}

/** The group's phones: active ones first, each with when it joined and last synced. */
export function fetchDevices(
  database: CartaDatabase,
  deps: CoordinatorDeps = {},
): Promise<Outcome<{ devices: DeviceSummary[] }>> {
  return asThisPhone(
    database,
    deps,
    (call) => callGroupApi(groupApi.devices, call, undefined),
    ({ devices }) => ({ devices }),
  );
}

export function renameDevice(
  database: CartaDatabase,
  deviceId: string,
  name: string,
  deps: CoordinatorDeps = {},
): Promise<Outcome<{ device: DeviceSummary }>> {
  return asThisPhone(
    database,
    deps,
    (call) => callGroupApi(groupApi.renameDevice, { ...call, params: { id: deviceId } }, { name }),
    ({ device }) => ({ device }),
  );
}

/**
 * Removes a phone from the group: its token is refused at once. The device asking cannot revoke
 * itself (`refused`, with the server's words).
 */
export function revokeDevice(
  database: CartaDatabase,
  deviceId: string,
  deps: CoordinatorDeps = {},
): Promise<Outcome<{ device: DeviceSummary }>> {
  return asThisPhone(
    database,
    deps,
    (call) => callGroupApi(groupApi.revokeDevice, { ...call, params: { id: deviceId } }, undefined),
    ({ device }) => ({ device }),
  );
}

/** A new member or coordinator code, in plain text this once; the old one stops working. */
export function rotateCode(
  database: CartaDatabase,
  role: DeviceRole,
  deps: CoordinatorDeps = {},
): Promise<Outcome<RotatedCodeResponse>> {
  return asThisPhone(
    database,
    deps,
    (call) => callGroupApi(groupApi.rotateCode, { ...call, params: { role } }, undefined),
    ({ role: rotated, code }) => ({ role: rotated, code }),
  );
}

/** How many sign-ups the server holds, and when the oldest of them is deleted. */
export function fetchSignUpRetention(
  database: CartaDatabase,
  deps: CoordinatorDeps = {},
): Promise<Outcome<{ retention: SignUpRetention }>> {
  return asThisPhone(
    database,
    deps,
    (call) => callGroupApi(groupApi.signUpRetention, call, undefined),
    (retention) => ({ retention }),
  );
}

/**
 * Deletes from the server the sign-ups an export covered: `receivedThrough` is the value
 * fetchSealedSignUps gave with them, so one that arrived after the export is kept.
 */
export function deleteExportedSignUps(
  database: CartaDatabase,
  receivedThrough: string,
  deps: CoordinatorDeps = {},
): Promise<Outcome<{ deleted: number }>> {
  return asThisPhone(
    database,
    deps,
    (call) =>
      callGroupApi(groupApi.deleteSignUps, { ...call, query: { receivedThrough } }, undefined),
    ({ deleted }) => ({ deleted }),
  );
}

/** Said of a saved record too large to go in any request; the server never saw it. */
export const TOO_LARGE_TO_DELIVER = 'too_large';

export interface SavedRecordsDelivery {
  /** The server's answer for each record it was sent; records after a failed request are absent. */
  results: PushResult[];
  /** Why delivering stopped before the end; null when every request was answered. */
  failure: GroupAdminFailure | null;
}

/**
 * Delivers the records of a phone's saved file in requests the server takes (500 items, 1 MiB),
 * one after another. The server stores each id once, so after a failure part-way the same file
 * can simply be delivered again: what arrived the first time is answered as a duplicate.
 */
export async function deliverSavedRecords(
  database: CartaDatabase,
  items: readonly UndeliveredItem[],
  deps: CoordinatorDeps & { onProgress?: (sent: number) => void } = {},
): Promise<SavedRecordsDelivery> {
  const { batches, tooLarge } = deliveryBatches(items);
  const results: PushResult[] = tooLarge.map((item) => ({
    id: item.id,
    status: 'rejected',
    error: { code: TOO_LARGE_TO_DELIVER, message: 'This record is too large to deliver.' },
  }));
  let sent = 0;
  for (const batch of batches) {
    const outcome = await asThisPhone(
      database,
      deps,
      (call) => callGroupApi(groupApi.deliver, call, { items: batch }),
      (answer) => answer,
    );
    if (!outcome.ok) return { results, failure: outcome };
    results.push(...outcome.results);
    sent += batch.length;
    deps.onProgress?.(sent);
  }
  return { results, failure: null };
}
