import { Hono } from 'hono';
import type { SyncResponse } from '../../domain/syncProtocol';
import { readJsonBody } from '../http/readJsonBody';
import { takeToken } from '../http/takeToken';
import type { TokenBuckets } from '../http/tokenBuckets';
import { authenticateDevice } from '../membership/authenticateDevice';
import { receivePush } from '../push/receivePush';
import { parseSyncRequest } from '../push/syncRequest';
import type { Store } from '../store/openStore';
import { listCasesChangedSince } from '../store/caseRepository';
import { recordDeviceSync } from '../store/deviceRepository';
import { findGroupById } from '../store/groupRepository';
import { groupTotals } from '../store/groupTotals';

/** The server's settings a phone needs for the kiosk's consent text. */
export interface GroupSettings {
  contact: string | null;
  signupRetentionDays: number;
}

/** `POST /v1/sync`: push the phone's records, pull changed cases and the group's totals. */
export function syncRoutes(store: Store, requests: TokenBuckets, settings: GroupSettings): Hono {
  const routes = new Hono();
  routes.post('/v1/sync', async (c) => {
    const device = await authenticateDevice(c, store);
    takeToken(requests, device.id, 'Too many sync requests from this device; wait a moment.');
    const request = parseSyncRequest(await readJsonBody(c));
    const results = await receivePush(store, device, request.push);
    // Read after the push committed, so the totals already count what this request stored.
    const [changes, totals, group] = await Promise.all([
      listCasesChangedSince(store.db, device.groupId, request.cursor),
      groupTotals(store.db, device.groupId),
      findGroupById(store.db, device.groupId),
      recordDeviceSync(store.db, device.id),
    ]);
    const body: SyncResponse = {
      results,
      cases: changes.cases,
      totals,
      cursor: changes.cursor,
      // On every answer, so a key the coordinator uploads or replaces reaches every phone.
      // The settings too, so a changed contact or retention period reaches the kiosk's text.
      // The name too, so a group the coordinator renamed is called by its new name on every phone.
      group: {
        ...(group ? { name: group.name } : {}),
        publicKey: group?.publicKey ?? null,
        keyId: group?.publicKeyId ?? null,
        contact: settings.contact,
        signupRetentionDays: settings.signupRetentionDays,
      },
    };
    return c.json(body);
  });
  return routes;
}
