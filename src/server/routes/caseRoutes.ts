import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Case } from '../../domain/case';
import {
  checkCaseForPublishing,
  type CaseCheck,
  type CaseProblem,
} from '../../domain/caseProblems';
import { localDate } from '../../domain/deadline';
import {
  describeIssues,
  MAX_CASE_BODY_BYTES,
  publishCaseRequestSchema,
  type CaseVersionsAnswer,
  type InvalidCaseAnswer,
  type PublishCaseAnswer,
  type PublishCaseRequest,
  type StaleCaseAnswer,
} from '../../domain/syncProtocol';
import { ApiError, apiErrorBody } from '../http/apiError';
import { readJsonBody } from '../http/readJsonBody';
import { takeToken } from '../http/takeToken';
import type { TokenBuckets } from '../http/tokenBuckets';
import { authenticateCoordinator } from '../membership/authenticateDevice';
import type { Store } from '../store/openStore';
import { listCaseVersions, publishCaseVersion } from '../store/caseRepository';

/**
 * The case as it will be stored: the editor's fields with the server's stamp (the next version
 * and the time now), checked as the editor checks it. The slug is the one in the address, so a
 * body naming another case cannot be published over this one.
 */
function stampAndCheck(
  idInPath: string,
  edited: PublishCaseRequest['case'],
  current: Case | null,
  now: Date,
): CaseCheck {
  const candidate = {
    ...edited,
    version: (current?.version ?? 0) + 1,
    updatedAt: now.toISOString(),
  };
  const checked = checkCaseForPublishing(candidate, { base: current, today: localDate(now) });
  const problems = checked.ok ? [] : [...checked.problems];
  if (edited.id !== idInPath && !problems.some((p) => p.path === 'id')) {
    problems.push({ path: 'id', problem: 'idChanged' });
  }
  return problems.length > 0 ? { ok: false, problems } : checked;
}

function describeProblems(problems: readonly CaseProblem[]): string {
  const listed = problems
    .slice(0, 5)
    .map((p) => `${p.path}: ${p.problem}`)
    .join('; ');
  return `The case cannot be published: ${listed}${problems.length > 5 ? '; …' : ''}`;
}

/**
 * The group's own cases (DESIGN.md): `PUT /v1/cases/:id` publishes the next version, and
 * `GET /v1/cases/:id/versions` says who published each one. Coordinator devices only.
 */
export function caseRoutes(store: Store, publishes: TokenBuckets): Hono {
  const routes = new Hono();

  routes.put(
    '/v1/cases/:id',
    bodyLimit({
      maxSize: MAX_CASE_BODY_BYTES,
      onError: (c) =>
        c.json(apiErrorBody('payload_too_large', 'A case may be at most 256 KiB of JSON.'), 413),
    }),
    async (c) => {
      const device = await authenticateCoordinator(c, store);
      takeToken(publishes, device.id, 'Too many cases published at once; wait a moment.');
      const parsed = publishCaseRequestSchema.safeParse(await readJsonBody(c));
      if (!parsed.success) {
        throw new ApiError(
          400,
          'invalid_request',
          `Not a case to publish: ${describeIssues(parsed.error)}`,
        );
      }
      const caseId = c.req.param('id');
      const now = new Date();
      const published = await publishCaseVersion(
        store.db,
        {
          groupId: device.groupId,
          caseId,
          baseVersion: parsed.data.baseVersion,
          deviceId: device.id,
        },
        (current) => stampAndCheck(caseId, parsed.data.case, current, now),
      );

      if (published.outcome === 'stale') {
        const { current } = published;
        const body: StaleCaseAnswer = {
          error: {
            code: 'stale_version',
            message: current
              ? `This case is at version ${current.version} now, not the one the edit started from; nothing was overwritten.`
              : 'The group has no case with this id yet; publish it as a new case.',
          },
          current,
        };
        return c.json(body, 409);
      }
      if (published.outcome === 'refused') {
        const body: InvalidCaseAnswer = {
          error: {
            code: 'invalid_case',
            message: describeProblems(published.problems),
            problems: published.problems,
          },
        };
        return c.json(body, 400);
      }
      const body: PublishCaseAnswer = { version: published.case.version, case: published.case };
      return c.json(body);
    },
  );

  routes.get('/v1/cases/:id/versions', async (c) => {
    const device = await authenticateCoordinator(c, store);
    const versions = await listCaseVersions(store.db, device.groupId, c.req.param('id'));
    if (!versions) throw new ApiError(404, 'not_found', 'The group has no case with this id.');
    const body: CaseVersionsAnswer = {
      versions: versions.map((v) => ({
        version: v.version,
        publishedAt: v.publishedAt.toISOString(),
        publishedBy: v.publishedBy,
      })),
    };
    return c.json(body);
  });

  return routes;
}
