import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../../src/domain/case';
import { localDate } from '../../src/domain/deadline';
import {
  caseVersionsAnswerSchema,
  invalidCaseAnswerSchema,
  MAX_CASE_BODY_BYTES,
  publishCaseAnswerSchema,
  staleCaseAnswerSchema,
  type SyncResponse,
} from '../../src/domain/syncProtocol';
import { publishCaseVersion } from '../../src/server/store/caseRepository';
import { caseFixture } from './caseFixtures';
import {
  appOver,
  COORDINATOR_CODE,
  createOtherGroup,
  joinAs,
  startGroupServer,
  sync,
  type GroupServer,
} from './groupServer';
import { storeKinds } from './storeTargets';

const UA = 'ua-105-22';
const DAY_MS = 86_400_000;

/** What the editor sends: a case without the server's stamp, due in a month unless told. */
function editedCase(id: string, changes: Partial<Case> = {}): Record<string, unknown> {
  const fields: Record<string, unknown> = { ...caseFixture(id, 1) };
  delete fields.version;
  delete fields.updatedAt;
  return {
    ...fields,
    issuedOn: localDate(new Date()),
    deadline: localDate(new Date(Date.now() + 30 * DAY_MS)),
    ...changes,
  };
}

describe.each(storeKinds)('publishing the group’s own cases on %s', (kind) => {
  let server: GroupServer;
  let app: ReturnType<typeof appOver>;
  let coordinatorToken: string;
  let memberToken: string;

  beforeAll(async () => {
    server = await startGroupServer(kind);
    app = appOver(server.store);
    coordinatorToken = (await joinAs(app, COORDINATOR_CODE, 'Coordinator laptop')).token;
    memberToken = (await joinAs(app)).token;
  });

  afterAll(async () => {
    await server?.close();
  });

  function putCase(id: string, body: unknown, token: string | null = coordinatorToken, on = app) {
    return on.request(`/api/v1/cases/${id}`, {
      method: 'PUT',
      headers: {
        'Content-Type': 'application/json',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  }

  async function publishOk(id: string, baseVersion: number | null, edited: unknown) {
    const response = await putCase(id, { baseVersion, case: edited });
    expect(response.status).toBe(200);
    return publishCaseAnswerSchema.parse(await response.json());
  }

  function getVersions(id: string, token = coordinatorToken) {
    return app.request(`/api/v1/cases/${id}/versions`, {
      headers: { Authorization: `Bearer ${token}` },
    });
  }

  async function versionsOf(id: string) {
    const response = await getVersions(id);
    expect(response.status).toBe(200);
    return caseVersionsAnswerSchema.parse(await response.json()).versions;
  }

  async function memberSync(cursor: string | null): Promise<SyncResponse> {
    const response = await sync(app, memberToken, { cursor, push: [] });
    expect(response.status).toBe(200);
    return (await response.json()) as SyncResponse;
  }

  describe('a publish that goes through', () => {
    it('stamps a new case as version 1, now, and a member’s phone gets it on its next sync', async () => {
      const { cursor } = await memberSync(null);
      const before = Date.now();

      const answer = await publishOk('ua-201-26', null, editedCase('ua-201-26'));

      expect(answer.version).toBe(1);
      expect(answer.case).toMatchObject({ id: 'ua-201-26', version: 1, status: 'open' });
      expect(Date.parse(answer.case.updatedAt)).toBeGreaterThanOrEqual(before - 1000);
      expect(Date.parse(answer.case.updatedAt)).toBeLessThanOrEqual(Date.now());
      const changed = await memberSync(cursor);
      expect(changed.cases).toEqual([answer.case]);
    });

    it('makes the next version of a seeded case from the version the editor started at', async () => {
      const edited = editedCase(UA, {
        deadline: '2023-03-07',
        issuedOn: '2023-01-09',
        title: { en: 'Peru: justice for Juliaca, updated', es: 'Perú: justicia para Juliaca' },
      });

      const answer = await publishOk(UA, 1, edited);

      // The seeded copy's deadline has passed, and it may stay: it is not newly set.
      expect(answer).toMatchObject({ version: 2, case: { version: 2, deadline: '2023-03-07' } });
      expect(await versionsOf(UA)).toEqual([
        { version: 2, publishedAt: expect.any(String), publishedBy: 'Coordinator laptop' },
        { version: 1, publishedAt: expect.any(String), publishedBy: null },
      ]);
    });

    it('ignores a version or time the editor put in the case: the server stamps both', async () => {
      const answer = await publishOk('ua-202-26', null, {
        ...editedCase('ua-202-26'),
        version: 40,
        updatedAt: '2020-01-01T00:00:00Z',
      });
      expect(answer.case.version).toBe(1);
      expect(answer.case.updatedAt).not.toBe('2020-01-01T00:00:00Z');
    });
  });

  describe('a publish from a version that is no longer current', () => {
    it('is refused with the current case, and nothing is overwritten', async () => {
      await publishOk('ua-203-26', null, editedCase('ua-203-26'));
      await publishOk(
        'ua-203-26',
        1,
        editedCase('ua-203-26', { summary: { en: 'Two', es: 'Dos' } }),
      );

      const response = await putCase('ua-203-26', {
        baseVersion: 1,
        case: editedCase('ua-203-26', { summary: { en: 'Late edit', es: 'Tarde' } }),
      });

      expect(response.status).toBe(409);
      const answer = staleCaseAnswerSchema.parse(await response.json());
      expect(answer.current).toMatchObject({ version: 2, summary: { en: 'Two' } });
      expect((await versionsOf('ua-203-26')).map((v) => v.version)).toEqual([2, 1]);
    });

    it('is refused when the editor thought the case new but the group has it', async () => {
      const response = await putCase(UA, { baseVersion: null, case: editedCase(UA) });
      expect(response.status).toBe(409);
      const answer = staleCaseAnswerSchema.parse(await response.json());
      expect(answer.current?.id).toBe(UA);
    });

    it('is refused with no current case when the group has no such case', async () => {
      const response = await putCase('ua-204-26', {
        baseVersion: 3,
        case: editedCase('ua-204-26'),
      });
      expect(response.status).toBe(409);
      expect(staleCaseAnswerSchema.parse(await response.json()).current).toBeNull();
      expect((await getVersions('ua-204-26')).status).toBe(404);
    });

    it('lets exactly one of several publishes from the same version through', async () => {
      await publishOk('ua-205-26', null, editedCase('ua-205-26'));
      const editors = ['Ana', 'Luis', 'Rosa', 'Carmen', 'Jorge', 'Elena', 'Pedro', 'Nilda'];
      const answers = await Promise.all(
        editors.map((who) =>
          putCase('ua-205-26', {
            baseVersion: 1,
            case: editedCase('ua-205-26', { summary: { en: `By ${who}`, es: `Por ${who}` } }),
          }),
        ),
      );

      expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409, 409, 409, 409, 409, 409]);
      expect((await versionsOf('ua-205-26')).map((v) => v.version)).toEqual([2, 1]);
    });

    it('holds when the publishes reach the store at the same instant', async () => {
      // Without HTTP in between, the transactions overlap far more often than through the app.
      const coordinator = await joinAs(app, COORDINATOR_CODE, 'Second coordinator phone');
      await publishOk('ua-217-26', null, editedCase('ua-217-26'));
      const outcomes = await Promise.all(
        Array.from({ length: 8 }, () =>
          publishCaseVersion(
            server.store.db,
            {
              groupId: server.groupId,
              caseId: 'ua-217-26',
              baseVersion: 1,
              deviceId: coordinator.deviceId,
            },
            (current) => ({
              ok: true,
              case: caseFixture('ua-217-26', (current?.version ?? 0) + 1),
            }),
          ),
        ),
      );

      expect(outcomes.map((o) => o.outcome).sort()).toEqual([
        'published',
        ...Array<string>(7).fill('stale'),
      ]);
      expect((await versionsOf('ua-217-26')).map((v) => v.version)).toEqual([2, 1]);
    });
  });

  describe('a case the server will not publish', () => {
    it('names each failing field by its path, and stores nothing', async () => {
      const edited = editedCase('ua-206-26');
      const targets = (edited.targets as Array<Record<string, unknown>>).map((t, i) =>
        i === 0 ? { ...t, email: 'not an address' } : t,
      );
      const response = await putCase('ua-206-26', {
        baseVersion: null,
        case: { ...edited, targets, title: { en: 'Only English' }, deadline: '2020-01-01' },
      });

      expect(response.status).toBe(400);
      const { error } = invalidCaseAnswerSchema.parse(await response.json());
      expect(error.problems).toEqual(
        expect.arrayContaining([
          { path: 'targets.0.email', problem: 'invalidEmail' },
          { path: 'title.es', problem: 'required' },
        ]),
      );
      expect(error.message).toMatch(/targets\.0\.email/);
      expect((await getVersions('ua-206-26')).status).toBe(404);
    });

    it('refuses a deadline that has already passed on a new case', async () => {
      const response = await putCase('ua-207-26', {
        baseVersion: null,
        case: editedCase('ua-207-26', { issuedOn: '2020-01-01', deadline: '2020-02-01' }),
      });
      expect(response.status).toBe(400);
      expect(invalidCaseAnswerSchema.parse(await response.json()).error.problems).toEqual([
        { path: 'deadline', problem: 'deadlinePassed' },
      ]);
    });

    it('refuses a case whose id is not the one in the address', async () => {
      const response = await putCase('ua-208-26', {
        baseVersion: null,
        case: editedCase('ua-209-26'),
      });
      expect(response.status).toBe(400);
      expect(invalidCaseAnswerSchema.parse(await response.json()).error.problems).toEqual([
        { path: 'id', problem: 'idChanged' },
      ]);
      expect((await getVersions('ua-208-26')).status).toBe(404);
      expect((await getVersions('ua-209-26')).status).toBe(404);
    });

    it.each([
      ['malformed JSON', '{"baseVersion": null, "case": {', 'invalid_json'],
      ['a body without a base version', JSON.stringify({ case: {} }), 'invalid_request'],
      [
        'a case that is not an object',
        JSON.stringify({ baseVersion: null, case: 'text' }),
        'invalid_request',
      ],
    ])('answers %s with a JSON 400', async (_label, body, code) => {
      const response = await putCase('ua-210-26', body);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: { code, message: expect.any(String) } });
    });

    it('answers a body over 256 KiB with a 413', async () => {
      const padding = 'x'.repeat(MAX_CASE_BODY_BYTES);
      const response = await putCase('ua-211-26', {
        baseVersion: null,
        case: editedCase('ua-211-26', { background: { en: [padding], es: ['Texto'] } }),
      });
      expect(response.status).toBe(413);
      expect(await response.json()).toMatchObject({ error: { code: 'payload_too_large' } });
      expect((await getVersions('ua-211-26')).status).toBe(404);
    });
  });

  describe('who may publish', () => {
    it('refuses a member’s phone with a 403 and an unknown token with a 401', async () => {
      const fromMember = await putCase(
        'ua-212-26',
        { baseVersion: null, case: editedCase('ua-212-26') },
        memberToken,
      );
      const fromNobody = await putCase(
        'ua-212-26',
        { baseVersion: null, case: editedCase('ua-212-26') },
        'x'.repeat(43),
      );

      expect(fromMember.status).toBe(403);
      expect(await fromMember.json()).toMatchObject({ error: { code: 'coordinator_only' } });
      expect(fromNobody.status).toBe(401);
      expect((await getVersions(UA, memberToken)).status).toBe(403);
      expect((await getVersions('ua-212-26')).status).toBe(404);
    });

    it('keeps another group’s coordinator to their own group’s cases', async () => {
      const other = await createOtherGroup(server.store, 'Arequipa group');
      const theirs = await joinAs(app, other.coordinatorCode, 'Arequipa coordinator');

      const ownCopy = await putCase(UA, { baseVersion: null, case: editedCase(UA) }, theirs.token);
      const versions = await app.request('/api/v1/cases/ua-201-26/versions', {
        headers: { Authorization: `Bearer ${theirs.token}` },
      });

      // Their group had no ua-105-22, so this is their version 1, and ours is untouched.
      expect(ownCopy.status).toBe(200);
      expect(publishCaseAnswerSchema.parse(await ownCopy.json()).version).toBe(1);
      expect((await versionsOf(UA))[0]?.publishedBy).toBe('Coordinator laptop');
      expect(versions.status).toBe(404);
    });

    it('slows a coordinator down with a 429 when they publish too fast', async () => {
      const limited = appOver(server.store, {
        casePublishes: { capacity: 1, refillPerSecond: 0.1 },
      });
      const body = { baseVersion: null, case: editedCase('ua-213-26') };
      expect((await putCase('ua-213-26', body, coordinatorToken, limited)).status).toBe(200);
      const refused = await putCase('ua-214-26', body, coordinatorToken, limited);
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('10');
    });
  });

  describe('closing and withdrawing', () => {
    it('sends closed and withdrawn cases to phones like any other change', async () => {
      await publishOk('ua-215-26', null, editedCase('ua-215-26'));
      await publishOk('ua-216-26', null, editedCase('ua-216-26'));
      const { cursor } = await memberSync(null);

      await publishOk(
        'ua-215-26',
        1,
        editedCase('ua-215-26', {
          status: 'closed',
          closedOn: localDate(new Date()),
          outcome: { en: 'Released on 3 May', es: 'Liberado el 3 de mayo' },
        }),
      );
      await publishOk('ua-216-26', 1, editedCase('ua-216-26', { status: 'withdrawn' }));

      const changed = await memberSync(cursor);
      expect(changed.cases).toEqual([
        expect.objectContaining({
          id: 'ua-215-26',
          version: 2,
          status: 'closed',
          outcome: { en: 'Released on 3 May', es: 'Liberado el 3 de mayo' },
        }),
        expect.objectContaining({ id: 'ua-216-26', version: 2, status: 'withdrawn' }),
      ]);
    });
  });
});
