import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseSchema, type Case } from '../../src/domain/case';
import { publicCasesAnswerSchema } from '../../src/domain/syncProtocol';
import { upsertCases } from '../../src/server/store/caseRepository';
import { caseFixture } from './caseFixtures';
import {
  actionReport,
  appOver,
  createOtherGroup,
  joinAs,
  startGroupServer,
  sync,
  type GroupServer,
} from './groupServer';
import { storeKinds } from './storeTargets';

const UA = 'ua-105-22';
const PETITION = 'peru-repression-petition';

function variant(id: string, changes: Partial<Case>): Case {
  return caseSchema.parse({ ...caseFixture(id, 1), ...changes });
}

describe.each(storeKinds)('reading public cases without a token on %s', (kind) => {
  let server: GroupServer;
  let app: ReturnType<typeof appOver>;

  beforeAll(async () => {
    server = await startGroupServer(kind);
    app = appOver(server.store);
    await upsertCases(server.store.db, server.groupId, [
      variant('members-only', { public: false }),
      variant('published-by-mistake', { status: 'withdrawn' }),
      variant('ua-300-25', {
        status: 'closed',
        closedOn: '2026-05-03',
        outcome: { en: 'Released on 3 May', es: 'Liberado el 3 de mayo' },
      }),
    ]);
    const other = await createOtherGroup(server.store, 'Arequipa group');
    await upsertCases(server.store.db, other.groupId, [variant('arequipa-case', {})]);
    // Reports exist, so an answer that leaked totals would show them.
    const { token } = await joinAs(app, undefined, 'Ana’s phone');
    await sync(app, token, { cursor: null, push: [actionReport(UA, { letter: 7 })] });
  });

  afterAll(async () => {
    await server?.close();
  });

  it('lists the group’s public cases that are open or closed, and nothing about who did what', async () => {
    const response = await app.request('/api/v1/public/cases');

    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const text = await response.text();
    const { cases } = publicCasesAnswerSchema.parse(JSON.parse(text));
    expect(cases.map((c) => c.id)).toEqual([PETITION, UA, 'ua-300-25']);
    expect(cases.find((c) => c.id === 'ua-300-25')).toMatchObject({
      status: 'closed',
      outcome: { en: 'Released on 3 May' },
    });
    expect(Object.keys(JSON.parse(text) as object)).toEqual(['cases']);
    expect(text).not.toMatch(/Ana’s phone|"letter":7|totals/);
  });

  it('opens one public case by its id', async () => {
    const response = await app.request(`/api/v1/public/cases/${UA}`);

    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(caseSchema.parse(await response.json())).toMatchObject({ id: UA, version: 1 });
  });

  it.each([
    ['a case for members only', 'members-only'],
    ['a withdrawn case', 'published-by-mistake'],
    ['another group’s case', 'arequipa-case'],
    ['a case nobody published', 'ua-999-99'],
  ])('answers %s with a 404', async (_label, id) => {
    const response = await app.request(`/api/v1/public/cases/${id}`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: { code: 'not_found', message: expect.any(String) },
    });
  });

  it('answers a phone that already holds the same list with a 304', async () => {
    const first = await app.request('/api/v1/public/cases');
    const tag = first.headers.get('etag');
    expect(tag).toBeTruthy();

    const again = await app.request('/api/v1/public/cases', {
      headers: { 'If-None-Match': tag ?? '' },
    });

    expect(again.status).toBe(304);
  });

  it('slows one address down with a 429 and a Retry-After', async () => {
    const limited = appOver(server.store, { publicReads: { capacity: 2, refillPerSecond: 0.5 } });
    expect((await limited.request('/api/v1/public/cases')).status).toBe(200);
    expect((await limited.request(`/api/v1/public/cases/${UA}`)).status).toBe(200);

    const refused = await limited.request('/api/v1/public/cases');

    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('2');
    expect(await refused.json()).toMatchObject({ error: { code: 'rate_limited' } });
  });
});
