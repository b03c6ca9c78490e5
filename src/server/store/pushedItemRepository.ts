import { and, eq, inArray, sql } from 'drizzle-orm';
import type { PushItem } from '../../domain/syncProtocol';
import type { Device } from './deviceRepository';
import { actionReports, pushedItems, signUps } from './schema';
import type { StoreDatabase } from './storeDatabase';

/**
 * Adds the items just stored to the group's running totals, counted in SQL from the stored rows.
 * Totals rows are locked in (case, action) order, so concurrent pushes to one group queue up
 * behind each other instead of deadlocking.
 */
async function addToCaseTotals(
  db: StoreDatabase,
  groupId: string,
  itemIds: readonly string[],
): Promise<void> {
  const ids = sql.join(
    itemIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  await db.execute(sql`
    insert into case_totals (group_id, case_id, action, count)
    select p.group_id, p.case_id, a.key, sum(a.value::integer)::integer
      from pushed_items p
      join action_reports r on r.group_id = p.group_id and r.item_id = p.id
      cross join lateral jsonb_each_text(r.actions) a
      where p.group_id = ${groupId}::uuid and p.id in (${ids})
      group by p.group_id, p.case_id, a.key
    union all
    select p.group_id, p.case_id, 'signups', count(*)::integer
      from pushed_items p
      where p.group_id = ${groupId}::uuid and p.id in (${ids}) and p.type = 'sign-up'
      group by p.group_id, p.case_id
    order by 2, 3
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
 * Stores each item once per group, in one transaction. `ON CONFLICT DO NOTHING` on the group and
 * id makes a concurrent
 * repeat wait for the first writer and then insert nothing, so five copies of one request at once
 * store one row. Ids go in sorted, so two requests with overlapping items take their row locks in
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
    const inserted = await tx
      .insert(pushedItems)
      .values(
        sorted.map(({ item, hash }) => ({
          id: item.id,
          type: item.type,
          payloadHash: hash,
          groupId: device.groupId,
          deviceId: device.id,
          caseId: item.data.caseId,
          createdAt: new Date(item.createdAt),
        })),
      )
      .onConflictDoNothing({ target: [pushedItems.groupId, pushedItems.id] })
      .returning({ id: pushedItems.id });
    const insertedIds = new Set(inserted.map((row) => row.id));
    const fresh = sorted.filter(({ item }) => insertedIds.has(item.id)).map(({ item }) => item);

    const reports = fresh.flatMap((item) =>
      item.type === 'action-report'
        ? [
            {
              groupId: device.groupId,
              itemId: item.id,
              actions: item.data.actions,
              occurredOn: item.data.occurredOn,
            },
          ]
        : [],
    );
    if (reports.length > 0) await tx.insert(actionReports).values(reports);

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
    if (fresh.length > 0)
      await addToCaseTotals(
        tx,
        device.groupId,
        fresh.map((item) => item.id),
      );

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
