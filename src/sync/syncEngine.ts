import { Dexie } from 'dexie';
import type { CartaDatabase } from '../db/database';
import { caseSchema, type Case } from '../domain/case';
import type { OutboxItem } from '../db/rows';
import { REVOKED_ERROR_CODE } from '../domain/groupAdminProtocol';
import { MAX_PUSH_ITEMS, MAX_SYNC_BODY_BYTES, type SyncResponse } from '../domain/syncProtocol';
import { backoffDelayMs } from './backoff';
import { applyServerCases, serverCaseTables } from './serverCases';
import { readSyncState, recordRemovalFromGroup } from './syncState';
import { keepGroupSettings, settleDeliveredSignUp } from './signUpDelivery';
import { callGroupApi, groupApi, type FetchLike } from './groupApi';
import { announcedKey } from './groupKeyPin';
import { toPushItem } from './outbox';

export const SYNC_LOCK_NAME = 'carta-sync';
// As many items as the server takes in one request: every request costs the server an
// authentication, a transaction and a pull of cases and totals, whatever it carries.
const DEFAULT_BATCH_SIZE = MAX_PUSH_ITEMS;
// Room under the server's body limit for the request's envelope and the cursor.
const PUSH_BYTES_BUDGET = MAX_SYNC_BODY_BYTES - 16 * 1024;
const utf8 = new TextEncoder();

export interface SyncEngineDeps {
  database: CartaDatabase;
  fetch: FetchLike;
  now?: () => Date;
  random?: () => number;
  /** `navigator.locks` where the browser has it; without it only this context is serialised. */
  locks?: LockManager | null;
  batchSize?: number;
}

export type SyncRunResult =
  | { outcome: 'not-joined' }
  | { outcome: 'needs-rejoin' }
  /** The coordinator revoked this phone: nothing is sent again, and the outbox is kept as it is. */
  | { outcome: 'removed' }
  | { outcome: 'backing-off'; until: string }
  | { outcome: 'synced'; delivered: number; rejected: number }
  | { outcome: 'failed'; reason: SyncFailureReason; retryAt: string };

/** Why a run stopped short, as a code the UI translates; the server's own words stay apart. */
export type SyncFailureReason =
  'offline' | 'rate-limited' | 'server-error' | 'unreadable-answer' | 'refused' | 'unexpected';

const FAILURE_REASONS = {
  'network-error': 'offline',
  'server-error': 'server-error',
  'unreadable-answer': 'unreadable-answer',
  rejected: 'refused',
} as const satisfies Record<string, SyncFailureReason>;

/** Stored as an outbox item's `lastError` when the phone itself gives up on the item. */
export const TOO_LARGE_ERROR = 'carta:too-large';

/**
 * The oldest items that fit in one request's body: sign-ups are kilobytes each where reports are
 * tens of bytes, so a full count of sign-ups could pass the server's size limit. Always at least
 * one, so a single large item still goes and gets its own answer.
 */
function fitInOneRequest(items: readonly OutboxItem[]): OutboxItem[] {
  let bytes = 0;
  const fitting: OutboxItem[] = [];
  for (const item of items) {
    bytes += utf8.encode(JSON.stringify(toPushItem(item))).length + 1;
    if (fitting.length > 0 && bytes > PUSH_BYTES_BUDGET) break;
    fitting.push(item);
  }
  return fitting;
}

async function oldestPending(database: CartaDatabase, limit: number): Promise<OutboxItem[]> {
  return database.outbox
    .where('[state+createdAt]')
    .between(['pending', Dexie.minKey], ['pending', Dexie.maxKey])
    .limit(limit)
    .toArray();
}

/**
 * Cases from the server are checked before they reach the phone's store; a case that fails is
 * left out rather than shown half-broken. Imported statically: the service worker runs this
 * engine too, and a classic service worker script can neither `import()` nor read `import.meta`,
 * so a lazy chunk here stopped the worker from installing at all.
 */
async function validServerCases(raw: unknown[]): Promise<Case[]> {
  if (raw.length === 0) return [];
  return raw.flatMap((item) => {
    const parsed = caseSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

/**
 * Applies the server's answer in one transaction: an item becomes delivered only when the answer
 * names its id, and the phone's view of the group (cases, totals, cursor) moves with it, so a
 * crash half-way can never leave "delivered" items whose answer was not recorded, or the reverse.
 */
async function applyAnswer(
  database: CartaDatabase,
  sent: OutboxItem[],
  answer: SyncResponse,
  now: Date,
): Promise<{ delivered: number; rejected: number }> {
  const counts = { delivered: 0, rejected: 0 };
  const serverCases = await validServerCases(answer.cases);
  const announced = answer.group ? await announcedKey(answer.group) : null;
  await database.transaction(
    'rw',
    [...serverCaseTables(database), database.totals, database.group],
    async () => {
      // Read and written in bulk: a batch is hundreds of items, and one awaited get and update
      // per item made settling the answer cost more than the server took to store it.
      const stored = await database.outbox.bulkGet(sent.map((item) => item.id));
      const pending = new Map(
        stored.flatMap((item) => (item?.state === 'pending' ? [[item.id, item] as const] : [])),
      );
      const changed: OutboxItem[] = [];
      for (const result of answer.results) {
        // Only the items this request carried can be settled by its answer, each by its first.
        const item = pending.get(result.id);
        if (!item) continue;
        pending.delete(result.id);
        if (result.status === 'stored' || result.status === 'duplicate') {
          if (item.type === 'sign-up') {
            const kept = await settleDeliveredSignUp(database, item, now);
            if (kept) changed.push(kept);
          } else {
            changed.push({
              ...item,
              state: 'sent',
              deliveredAt: now.toISOString(),
              lastError: null,
            });
          }
          counts.delivered += 1;
        } else {
          changed.push({
            ...item,
            state: 'rejected',
            lastError: result.status === 'rejected' ? result.error.message : 'rejected',
          });
          counts.rejected += 1;
        }
      }
      // What is still pending here went out but got no answer.
      for (const item of sent) {
        const unanswered = pending.get(item.id);
        if (unanswered) changed.push({ ...unanswered, attempts: item.attempts + 1 });
      }
      await database.outbox.bulkPut(changed);
      await applyServerCases(database, serverCases);
      await database.totals.clear();
      await database.totals.bulkPut(
        Object.entries(answer.totals).map(([caseId, counts]) => ({
          caseId,
          counts,
          receivedAt: now.toISOString(),
        })),
      );
      if (answer.group) await keepGroupSettings(database, answer.group, announced, now);
      const state = await readSyncState(database);
      await database.syncState.put({
        ...state,
        cursor: answer.cursor,
        lastSyncedAt: now.toISOString(),
        failures: 0,
        notBefore: null,
        lastError: null,
        needsRejoin: false,
      });
    },
  );
  return counts;
}

async function recordFailure(
  database: CartaDatabase,
  sent: OutboxItem[],
  reason: string,
  delayMs: number | null,
  now: Date,
  random: () => number,
): Promise<string> {
  return database.transaction('rw', database.outbox, database.syncState, async () => {
    const state = await readSyncState(database);
    const failures = state.failures + 1;
    const retryAt = new Date(now.getTime() + (delayMs ?? backoffDelayMs(failures, random)));
    await database.syncState.put({
      ...state,
      failures,
      notBefore: retryAt.toISOString(),
      lastError: reason,
    });
    for (const item of sent) {
      await database.outbox.update(item.id, { attempts: item.attempts + 1 });
    }
    return retryAt.toISOString();
  });
}

async function runOnce(deps: SyncEngineDeps, force: boolean): Promise<SyncRunResult> {
  const { database } = deps;
  const now = deps.now ?? (() => new Date());
  const random = deps.random ?? Math.random;
  let batchSize = deps.batchSize ?? DEFAULT_BATCH_SIZE;

  const membership = await database.group.get('current');
  if (!membership) return { outcome: 'not-joined' };
  const initial = await readSyncState(database);
  if (initial.removedAt) return { outcome: 'removed' };
  if (initial.needsRejoin) return { outcome: 'needs-rejoin' };
  if (!force && initial.notBefore && Date.parse(initial.notBefore) > now().getTime()) {
    return { outcome: 'backing-off', until: initial.notBefore };
  }

  const total = { delivered: 0, rejected: 0 };
  // Each request also pulls, so even with nothing to send one request brings cases and totals.
  for (;;) {
    const oldest = await oldestPending(database, batchSize);
    const batch = fitInOneRequest(oldest);
    // A full read or a cut for size means more may wait behind this batch.
    const moreWaiting = oldest.length === batchSize || batch.length < oldest.length;
    const { cursor } = await readSyncState(database);
    const outcome = await callGroupApi(
      groupApi.sync,
      { serverUrl: membership.serverUrl, token: membership.token, fetch: deps.fetch, now },
      { cursor, push: batch.map(toPushItem) },
    );
    if (outcome.kind === 'rejected' && outcome.code === 'invalid_cursor' && cursor !== null) {
      // The server no longer knows our cursor (restored from a backup, say): pull everything again.
      const state = await readSyncState(database);
      await database.syncState.put({ ...state, cursor: null });
      continue;
    }
    switch (outcome.kind) {
      case 'ok': {
        const counts = await applyAnswer(database, batch, outcome.body, now());
        total.delivered += counts.delivered;
        total.rejected += counts.rejected;
        const answeredAll = counts.delivered + counts.rejected === batch.length;
        // A short batch means the outbox is empty; an unanswered item would loop forever.
        if (!moreWaiting || !answeredAll) return { outcome: 'synced', ...total };
        continue;
      }
      case 'too-large': {
        if (batchSize > 1) {
          batchSize = Math.max(1, Math.floor(batchSize / 2));
          continue;
        }
        const only = batch[0];
        if (!only) {
          // Even an empty request is too large: something between us and the server is wrong.
          const retryAt = await recordFailure(database, batch, 'refused', null, now(), random);
          return { outcome: 'failed', reason: 'refused', retryAt };
        }
        await database.outbox.update(only.id, { state: 'rejected', lastError: TOO_LARGE_ERROR });
        total.rejected += 1;
        continue;
      }
      case 'unauthorized': {
        if (outcome.code === REVOKED_ERROR_CODE) {
          await recordRemovalFromGroup(database, outcome.message, now());
          return { outcome: 'removed' };
        }
        const state = await readSyncState(database);
        await database.syncState.put({ ...state, needsRejoin: true, lastError: outcome.message });
        return { outcome: 'needs-rejoin' };
      }
      case 'rate-limited': {
        const retryAt = await recordFailure(
          database,
          batch,
          'rate-limited',
          outcome.retryAfterMs,
          now(),
          random,
        );
        return { outcome: 'failed', reason: 'rate-limited', retryAt };
      }
      case 'server-error':
      case 'network-error':
      case 'unreadable-answer':
      case 'rejected': {
        const reason = FAILURE_REASONS[outcome.kind];
        const retryAt = await recordFailure(database, batch, reason, null, now(), random);
        return { outcome: 'failed', reason, retryAt };
      }
    }
  }
}

let localQueue: Promise<unknown> = Promise.resolve();

/**
 * One sync at a time across tabs and the service worker: the Web Locks API queues the others,
 * and each run reads the outbox afresh, so a record queued by another tab goes in the next batch.
 * `force` is the member's "Sync now": it skips the backoff but not a refused token.
 */
export async function runSync(
  deps: SyncEngineDeps,
  options: { force?: boolean } = {},
): Promise<SyncRunResult> {
  const force = options.force ?? false;
  if (deps.locks) {
    return await deps.locks.request(SYNC_LOCK_NAME, () => runOnce(deps, force));
  }
  const run = localQueue.then(() => runOnce(deps, force));
  localQueue = run.catch(() => undefined);
  return run;
}
