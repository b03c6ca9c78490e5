import { useEffect, useState } from 'react';
import type { TotalsQuery, TotalsResponse } from '../../../domain/groupAdminProtocol';
import { previousRange } from '../../../domain/groupActivity';
import { fetchTotals, type GroupAdminFailure } from '../../../sync/groupAdminApi';
import { useDatabase } from '../../../ui/DatabaseContext';

export type TotalsState =
  | { step: 'loading' }
  | { step: 'ready'; current: TotalsResponse; previous: TotalsResponse }
  | { step: 'failed'; failure: GroupAdminFailure };

/**
 * The group's totals for the range and the range just before it, asked for together so the
 * comparison is of the same moment. A newer query wins over an older answer arriving late.
 */
export function useGroupTotals(query: TotalsQuery | null): TotalsState | null {
  const database = useDatabase();
  const key = query ? `${query.from}/${query.to}/${query.by}` : '';
  // Each answer remembers its query: until the current query's answer arrives, it is loading.
  const [answer, setAnswer] = useState<{ key: string; state: TotalsState } | null>(null);

  useEffect(() => {
    if (!query) return;
    let current = true;
    const setState = (state: TotalsState) => setAnswer({ key, state });
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

  if (!query) return null;
  return answer?.key === key ? answer.state : { step: 'loading' };
}
