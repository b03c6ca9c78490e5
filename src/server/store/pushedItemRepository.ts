import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { PushItem } from '../../domain/syncProtocol';
import type { Device } from './deviceRepository';
import { pushedItems, signUps } from './schema';
import { selectRows, type StoreDatabase } from './storeDatabase';

/**
 * Rows travel as one JSON parameter and are unpacked by `jsonb_to_recordset`: a batch of 500 is one
 * parameter to send and one short statement to plan, where a VALUES list would be thousands of
 * parameters. It also reads the same on PGlite and node-postgres, which bind arrays differently.
 */
function rowsParameter(rows: readonly object[]): SQL {
  return sql`${JSON.stringify(rows)}::jsonb`;
}

/**
 * Adds the items just stored to the group's running totals: one row per case and action type,
 * summed here from the items themselves, so a batch costs one upsert whatever its size. Rows are
 * upserted in (case, action) order, so concurrent pushes to one group queue up behind each other
 * instead of deadlocking.
 */
async function addToCaseTotals(
  db: StoreDatabase,
  groupId: string,
  fresh: readonly PushItem[],
): Promise<void> {
  const sums = new Map<string, { case_id: string; action: string; count: number }>();
  const add = (caseId: string, action: string, count: number) => {
    const key = JSON.stringify([caseId, action]);
    const row = sums.get(key) ?? { case_id: caseId, action, count: 0 };
    row.count += count;
    sums.set(key, row);
  };
  for (const item of fresh) {
    if (item.type === 'sign-up') add(item.data.caseId, 'signups', 1);
    else
      for (const [action, count] of Object.entries(item.data.actions)) {
        if (count !== undefined) add(item.data.caseId, action, count);
      }
  }
  if (sums.size === 0) return;
  const rows = [...sums.values()].sort((a, b) =>
    a.case_id !== b.case_id ? (a.case_id < b.case_id ? -1 : 1) : a.action < b.action ? -1 : 1,
  );
  await db.execute(sql`
    insert into case_totals (group_id, case_id, action, count)
    select ${groupId}::uuid, t.case_id, t.action, t.count
      from jsonb_to_recordset(${rowsParameter(rows)}) as t(case_id text, action text, count bigint)
      order by t.case_id, t.action
    on conflict (group_id, case_id, action) do update set count = case_totals.count + excluded.count
  `);
}

export interface HashedPushItem {
  item: PushItem;
  hash: string;
}

/** `stored` now; `duplicate` stored before with the same payload; `conflict` stored with another. */
export type StoreOutcome = 'stored' | 'duplicate' | 'conflict';

/**
 * Stores each item once per group, in one transaction of a few set-based statements whatever the
 * batch's size. `ON CONFLICT DO NOTHING` on the group and id makes a concurrent repeat wait for the
 * first writer and then insert nothing, so five copies of one request at once store one row. Ids go in sorted, so two requests with overlapping items take their row locks in
 * the same order and cannot deadlock. The ids must be distinct within one call.
 */
export async function storePushedItems(
  db: StoreDatabase,
  device: Pick<Device, 'id' | 'groupId'>,
  items: readonly HashedPushItem[],
): Promise<Map<string, StoreOutcome>> {
  const outcomes = new Map<string, StoreOutcome>();
  if (items.length === 0) return outcomes;
  const sorted = [...items].sort((a, b) => (a.item.id < b.item.id ? -1 : 1));

  await db.transaction(async (tx) => {
    const inserted = await selectRows<{ id: string }>(
      tx,
      sql`
      insert into pushed_items (id, type, payload_hash, group_id, device_id, case_id, created_at)
      select t.id, t.type, t.payload_hash, ${device.groupId}::uuid, ${device.id}::uuid, t.case_id,
             t.created_at
        from jsonb_to_recordset(${rowsParameter(
          sorted.map(({ item, hash }) => ({
            id: item.id,
            type: item.type,
            payload_hash: hash,
            case_id: item.data.caseId,
            created_at: item.createdAt,
          })),
        )}) as t(id uuid, type text, payload_hash text, case_id text, created_at timestamptz)
        order by t.id
      on conflict (group_id, id) do nothing
      returning id
    `,
    );
    const insertedIds = new Set(inserted.map((row) => row.id));
    const fresh = sorted.filter(({ item }) => insertedIds.has(item.id)).map(({ item }) => item);

    const reports = fresh.flatMap((item) =>
      item.type === 'action-report'
        ? [{ item_id: item.id, actions: item.data.actions, occurred_on: item.data.occurredOn }]
        : [],
    );
    if (reports.length > 0) {
      await tx.execute(sql`
        insert into action_reports (group_id, item_id, actions, occurred_on)
        select ${device.groupId}::uuid, t.item_id, t.actions, t.occurred_on
          from jsonb_to_recordset(${rowsParameter(reports)})
            as t(item_id uuid, actions jsonb, occurred_on date)
      `);
    }

    const signUpRows = fresh.flatMap((item) =>
      item.type === 'sign-up'
        ? [
            {
              groupId: device.groupId,
              itemId: item.id,
              stallSessionId: item.data.stallSessionId,
              consentPetition: item.data.consent.petition,
              consentUpdates: item.data.consent.updates,
              consentTextVersion: item.data.consent.textVersion,
              consentLanguage: item.data.consent.language,
              sealed: item.data.sealed,
            },
          ]
        : [],
    );
    if (signUpRows.length > 0) await tx.insert(signUps).values(signUpRows);
    await addToCaseTotals(tx, device.groupId, fresh);

    for (const id of insertedIds) outcomes.set(id, 'stored');
    const repeats = sorted.filter(({ item }) => !insertedIds.has(item.id));
    if (repeats.length === 0) return;
    const earlier = await tx
      .select({ id: pushedItems.id, payloadHash: pushedItems.payloadHash })
      .from(pushedItems)
      .where(
        and(
          eq(pushedItems.groupId, device.groupId),
          inArray(
            pushedItems.id,
            repeats.map(({ item }) => item.id),
          ),
        ),
      );
    const earlierHash = new Map(earlier.map((row) => [row.id, row.payloadHash]));
    for (const { item, hash } of repeats) {
      const stored = earlierHash.get(item.id);
      // The conflicting row committed before our insert gave way to it, so it is visible here.
      if (stored === undefined) throw new Error(`Pushed item ${item.id} vanished during a sync`);
      outcomes.set(item.id, stored === hash ? 'duplicate' : 'conflict');
    }
  });
  return outcomes;
}
