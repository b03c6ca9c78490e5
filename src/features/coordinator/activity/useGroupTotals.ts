import { useEffect, useState } from 'react';
import type { TotalsQuery, TotalsResponse } from '../../../domain/groupAdminProtocol';
import { previousRange } from '../../../domain/groupActivity';
import type { CoordinatorFailure } from '../../../sync/coordinatorApi';
import { fetchTotals } from '../../../sync/groupAdminApi';
import { useDatabase } from '../../../ui/DatabaseContext';

export type TotalsState =
  | { step: 'loading' }
  | { step: 'ready'; current: TotalsResponse; previous: TotalsResponse }
  | { step: 'failed'; failure: CoordinatorFailure };

/**
 * The group's totals for the range and the range just before it, asked for together so the
 * comparison is of the same moment. A newer query wins over an older answer arriving late.
 */
export function useGroupTotals(query: TotalsQuery | null): TotalsState | null {
  const database = useDatabase();
  const [state, setState] = useState<TotalsState | null>(null);
  const key = query ? `${query.from}/${query.to}/${query.by}` : '';

  useEffect(() => {
    if (!query) return;
    let current = true;
    setState({ step: 'loading' });
    void Promise.all([
      fetchTotals(database, query),
      fetchTotals(database, { ...previousRange(query), by: query.by }),
    ]).then(([now, before]) => {
      if (!current) return;
      if (!now.ok) setState({ step: 'failed', failure: now });
      else if (!before.ok) setState({ step: 'failed', failure: before });
      else setState({ step: 'ready', current: now.totals, previous: before.totals });
    });
    return () => {
      current = false;
    };
    // The key stands for the query: a new object with the same dates must not fetch again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [database, key]);

  return state;
}
