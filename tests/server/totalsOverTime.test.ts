import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TotalsResponse } from '../../src/domain/groupAdminProtocol';
import { upsertCases } from '../../src/server/store/caseRepository';
import { caseFixture } from './caseFixtures';
import {
  actionReport,
  appOver,
  COORDINATOR_CODE,
  createOtherGroup,
  joinAs,
  requestAs,
  signUp,
  giveGroupAKey,
  startGroupServer,
  sync,
  type GroupServer,
} from './groupServer';
import { storeKinds } from './storeTargets';

const UA = 'ua-105-22';
const PETITION = 'peru-repression-petition';

describe.each(storeKinds)("the group's totals over time on %s", (kind) => {
  let server: GroupServer;
  let app: ReturnType<typeof appOver>;
  let coordinatorToken: string;
  let memberToken: string;

  async function pushAll(token: string, push: unknown[]) {
    const response = await sync(app, token, { cursor: null, push });
    expect(response.status).toBe(200);
    const { results } = (await response.json()) as { results: Array<{ status: string }> };
    expect(results.map((r) => r.status)).toEqual(push.map(() => 'stored'));
  }

  function totals(query: string, token: string | null = coordinatorToken) {
    return requestAs(app, token, 'GET', `/api/v1/totals${query}`);
  }

  async function totalsOk(query: string): Promise<TotalsResponse> {
    const response = await totals(query);
    expect(response.status).toBe(200);
    return (await response.json()) as TotalsResponse;
  }

  beforeAll(async () => {
    server = await startGroupServer(kind);
    await giveGroupAKey(server.store, server.groupId);
    app = appOver(server.store);
    coordinatorToken = (await joinAs(app, COORDINATOR_CODE, 'Coordinator laptop')).token;
    memberToken = (await joinAs(app)).token;

    // Ana's reports through a winter of campaigning, across weeks, months and the year's end.
    await pushAll(memberToken, [
      // The Tuesday before the chosen period starts, in the same week: not counted.
      actionReport(UA, { letter: 9 }, { occurredOn: '2026-11-17' }),
      // A Sunday belongs to the week that began on the Monday before.
      actionReport(UA, { letter: 2 }, { occurredOn: '2026-11-22' }),
      actionReport(UA, { letter: 1 }, { occurredOn: '2026-11-22' }),
      actionReport(UA, { email: 1 }, { occurredOn: '2026-11-23' }),
      actionReport(PETITION, { petition: 5 }, { occurredOn: '2026-11-30' }),
      // The 1st of December is a Tuesday: the week of 30 November, the month of December.
      actionReport(UA, { letter: 3 }, { occurredOn: '2026-12-01' }),
      // New Year's Day is a Friday: the last week of 2026, the first month of 2027.
      actionReport(UA, { letter: 1 }, { occurredOn: '2027-01-01' }),
      actionReport(UA, { call: 1 }, { occurredOn: '2027-01-04' }),
      // After the period: not counted.
      actionReport(UA, { fax: 4 }, { occurredOn: '2027-01-05' }),
      // Sign-ups count on the day the phone saved them.
      signUp(PETITION, undefined, { createdAt: '2026-12-31T22:30:00.000Z' }),
      signUp(PETITION, undefined, { createdAt: '2026-12-31T23:59:59.000Z' }),
      signUp(PETITION, undefined, { createdAt: '2027-01-01T00:10:00.000Z' }),
    ]);

    // Another group's reports on its own UA 105.22 never reach this group's figures.
    const other = await createOtherGroup(server.store, 'Arequipa group');
    await upsertCases(server.store.db, other.groupId, [caseFixture(UA, 1)]);
    const outsider = await joinAs(app, other.memberCode, 'Arequipa phone');
    await pushAll(outsider.token, [actionReport(UA, { letter: 50 }, { occurredOn: '2026-11-24' })]);
  });

  afterAll(async () => {
    await server?.close();
  });

  it('adds up each week from Monday, with the empty weeks in their place', async () => {
    const answer = await totalsOk('?from=2026-11-18&to=2027-01-04&by=week');

    expect(answer).toEqual({
      from: '2026-11-18',
      to: '2027-01-04',
      by: 'week',
      periods: [
        { start: '2026-11-16', cases: { [UA]: { letter: 3 } } },
        { start: '2026-11-23', cases: { [UA]: { email: 1 } } },
        { start: '2026-11-30', cases: { [UA]: { letter: 3 }, [PETITION]: { petition: 5 } } },
        { start: '2026-12-07', cases: {} },
        { start: '2026-12-14', cases: {} },
        { start: '2026-12-21', cases: {} },
        { start: '2026-12-28', cases: { [UA]: { letter: 1 }, [PETITION]: { signups: 3 } } },
        { start: '2027-01-04', cases: { [UA]: { call: 1 } } },
      ],
    });
  });

  it('adds up each month from its 1st, across the turn of the year', async () => {
    const answer = await totalsOk('?from=2026-11-18&to=2027-01-04&by=month');

    expect(answer.periods).toEqual([
      {
        start: '2026-11-01',
        cases: { [UA]: { letter: 3, email: 1 }, [PETITION]: { petition: 5 } },
      },
      { start: '2026-12-01', cases: { [UA]: { letter: 3 }, [PETITION]: { signups: 2 } } },
      { start: '2027-01-01', cases: { [UA]: { letter: 1, call: 1 }, [PETITION]: { signups: 1 } } },
    ]);
  });

  it('answers a quiet stretch with every period empty', async () => {
    const answer = await totalsOk('?from=2026-02-01&to=2026-04-30&by=month');

    expect(answer.periods).toEqual([
      { start: '2026-02-01', cases: {} },
      { start: '2026-03-01', cases: {} },
      { start: '2026-04-01', cases: {} },
    ]);
  });

  it.each([
    ['no dates at all', '?by=week', /from and to are missing/],
    ['a day that does not exist', '?from=2026-02-30&to=2026-03-31&by=week', /from/],
    ['a date that is not YYYY-MM-DD', '?from=1/12/2026&to=2026-12-31&by=month', /from/],
    ['from after to', '?from=2026-12-31&to=2026-12-01&by=week', /from must not be after to/],
    ['an unknown period', '?from=2026-12-01&to=2026-12-31&by=day', /by/],
    ['more weeks than a chart can show', '?from=2020-01-01&to=2026-12-31&by=week', /by month/],
    ['more months than a chart can show', '?from=1990-01-01&to=2026-12-31&by=month', /at most 160/],
    ['a year the database cannot hold', '?from=0000-01-01&to=0000-02-01&by=month', /1900/],
  ])('refuses %s with a 400 that says what is wrong', async (_label, query, message) => {
    const response = await totals(query);

    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { code: 'invalid_request', message: expect.stringMatching(message) },
    });
  });

  it('is for the coordinator only', async () => {
    const query = '?from=2026-11-01&to=2026-11-30&by=week';
    const fromMember = await totals(query, memberToken);
    const fromNobody = await totals(query, null);

    expect(fromMember.status).toBe(403);
    expect(((await fromMember.json()) as { error: { code: string } }).error.code).toBe(
      'coordinator_only',
    );
    expect(fromNobody.status).toBe(401);
  });
});
