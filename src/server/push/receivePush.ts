import { parsePushItem, type PushItem, type PushResult } from '../../domain/syncProtocol';
import type { Device } from '../store/deviceRepository';
import type { Store } from '../store/openStore';
import type { HashedPushItem, StoreOutcome } from '../store/pushedItemRepository';
import { payloadHash } from './payloadHash';
import { findCaseIds } from '../store/caseRepository';
import { isDataException } from '../store/databaseError';
import { findGroupById } from '../store/groupRepository';
import { storePushedItems } from '../store/pushedItemRepository';

type Outcome = StoreOutcome | 'unstorable';

function rejected(id: string | null, code: string, message: string): PushResult {
  // An item without a readable id still gets its answer in its place; "" matches no outbox row.
  return { id: id ?? '', status: 'rejected', error: { code, message } };
}

/**
 * Answers every pushed item, in the order they came: each is validated on its own, so one bad item
 * is rejected with its reason and the others are stored.
 */
export async function receivePush(
  store: Store,
  device: Pick<Device, 'id' | 'groupId'>,
  rawItems: readonly unknown[],
): Promise<PushResult[]> {
  const results: Array<PushResult | null> = rawItems.map(() => null);
  const valid: Array<{ index: number; item: PushItem }> = [];
  rawItems.forEach((raw, index) => {
    const parsed = parsePushItem(raw);
    if (!parsed.ok) {
      results[index] = rejected(parsed.id, 'invalid', parsed.message);
      return;
    }
    valid.push({ index, item: parsed.item });
  });

  // A sign-up sealed to any other key than the group's current one could never be opened by the
  // coordinator, or was sealed to a key someone else holds.
  const groupKeyId = valid.some(({ item }) => item.type === 'sign-up')
    ? ((await findGroupById(store.db, device.groupId))?.publicKeyId ?? null)
    : null;

  const knownCases = await findCaseIds(store.db, device.groupId, [
    ...new Set(valid.map(({ item }) => item.data.caseId)),
  ]);

  // The same id twice in one request: the first copy goes to the store, a later one is answered
  // against it as if it had come in a request of its own. Ids are compared in lower case, the
  // form the uuid column gives back, and each answer carries the id as the client wrote it.
  const firstById = new Map<string, HashedPushItem>();
  const firsts: Array<{ index: number; id: string; key: string }> = [];
  const laterCopies: Array<{ index: number; id: string; copy: HashedPushItem }> = [];
  for (const { index, item } of valid) {
    if (!knownCases.has(item.data.caseId)) {
      results[index] = rejected(
        item.id,
        'unknown_case',
        `There is no case "${item.data.caseId}" in this group.`,
      );
      continue;
    }
    if (item.type === 'sign-up' && item.data.sealed.keyId !== groupKeyId) {
      results[index] = rejected(
        item.id,
        'unknown_key',
        groupKeyId === null
          ? 'This group has no key for sign-ups yet; the coordinator must create one first.'
          : "This sign-up was sealed to a key that is not the group's current key.",
      );
      continue;
    }
    const key = item.id.toLowerCase();
    const hashed = { item: { ...item, id: key }, hash: payloadHash(item) };
    if (firstById.has(key)) {
      laterCopies.push({ index, id: item.id, copy: hashed });
    } else {
      firstById.set(key, hashed);
      firsts.push({ index, id: item.id, key });
    }
  }

  const outcomes = await storeEachIfTheBatchFails(store, device, [...firstById.values()]);
  for (const { index, id, key } of firsts) {
    const outcome = outcomes.get(key);
    if (!outcome) throw new Error(`The store gave no outcome for pushed item ${id}`);
    results[index] = answer(id, outcome);
  }
  for (const { index, id, copy } of laterCopies) {
    const first = firstById.get(copy.item.id);
    results[index] = answer(
      id,
      outcomes.get(copy.item.id) === 'unstorable'
        ? 'unstorable'
        : first?.hash === copy.hash
          ? 'duplicate'
          : 'conflict',
    );
  }
  return results.filter((result): result is PushResult => result !== null);
}

/**
 * The batch goes in as one transaction. When one item's values break it (a total past what its
 * column holds, say), the items are stored one by one, so that item alone is refused and no record
 * can keep a whole phone's backlog from being delivered. Any other failure is the server's own.
 */
async function storeEachIfTheBatchFails(
  store: Store,
  device: Pick<Device, 'id' | 'groupId'>,
  items: readonly HashedPushItem[],
): Promise<Map<string, Outcome>> {
  try {
    return await storePushedItems(store.db, device, items);
  } catch (error) {
    if (!isDataException(error)) throw error;
  }
  const outcomes = new Map<string, Outcome>();
  for (const item of items) {
    try {
      for (const [id, outcome] of await storePushedItems(store.db, device, [item])) {
        outcomes.set(id, outcome);
      }
    } catch (error) {
      if (!isDataException(error)) throw error;
      outcomes.set(item.item.id, 'unstorable');
    }
  }
  return outcomes;
}

function answer(id: string, outcome: Outcome): PushResult {
  switch (outcome) {
    case 'conflict':
      return rejected(
        id,
        'conflict',
        'A different record with this id was already received; this one was not stored.',
      );
    case 'unstorable':
      return rejected(
        id,
        'unstorable',
        'This record could not be stored here; the others were. Keep it and tell the group coordinator.',
      );
    default:
      return { id, status: outcome };
  }
}
