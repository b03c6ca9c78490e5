import { Hono } from 'hono';
import {
  MAX_TOTALS_PERIODS,
  totalsQuerySchema,
  type TotalsResponse,
} from '../../domain/groupAdminProtocol';
import { describeIssues } from '../../domain/syncProtocol';
import { countPeriods } from '../../domain/totalsPeriods';
import { ApiError } from '../http/apiError';
import { takeToken } from '../http/takeToken';
import type { TokenBuckets } from '../http/tokenBuckets';
import { authenticateCoordinator } from '../membership/authenticateDevice';
import type { Store } from '../store/openStore';
import { totalsOverTime } from '../store/totalsOverTime';

const QUERY_FORM = '?from=YYYY-MM-DD&to=YYYY-MM-DD&by=week|month';

/** Before this, a week could start in a year the database cannot hold (there is no year 0). */
const EARLIEST_DAY = '1900-01-01';

/** `GET /v1/totals`: the group's actions per case, action type and week or month. */
export function totalsRoutes(store: Store, requests: TokenBuckets): Hono {
  const routes = new Hono();
  routes.get('/v1/totals', async (c) => {
    const device = await authenticateCoordinator(c, store);
    takeToken(requests, device.id, 'Too many requests from this device; wait a moment.');
    const asked = c.req.query();
    const missing = ['from', 'to', 'by'].filter((name) => !asked[name]);
    if (missing.length > 0) {
      throw new ApiError(
        400,
        'invalid_request',
        `Ask for totals as ${QUERY_FORM}; ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} missing.`,
      );
    }
    const parsed = totalsQuerySchema.safeParse(asked);
    if (!parsed.success) {
      throw new ApiError(
        400,
        'invalid_request',
        `Ask for totals as ${QUERY_FORM}: ${describeIssues(parsed.error)}`,
      );
    }
    const query = parsed.data;
    if (query.from < EARLIEST_DAY) {
      throw new ApiError(400, 'invalid_request', `from must be ${EARLIEST_DAY} or later.`);
    }
    const periods = countPeriods(query.from, query.to, query.by);
    if (periods > MAX_TOTALS_PERIODS) {
      throw new ApiError(
        400,
        'invalid_request',
        `From ${query.from} to ${query.to} is ${periods} ${query.by}s; ask for at most ${MAX_TOTALS_PERIODS}` +
          (query.by === 'week' ? ', or by month.' : '.'),
      );
    }
    const body: TotalsResponse = await totalsOverTime(store.db, device.groupId, query);
    return c.json(body);
  });
  return routes;
}
