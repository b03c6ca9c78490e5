import { useEffect } from 'react';
import { useLocation, useSearch } from 'wouter';
import { CASE_KINDS } from '../../domain/case';
import type { KindFilter } from './caseSearch';
import { rememberListSearch } from './listAddress';

function kindFrom(value: string | null): KindFilter {
  return CASE_KINDS.find((kind) => kind === value) ?? 'all';
}

/**
 * The list's search and kind filter live in the address, so a member who opens a case from the
 * results and comes back finds the same results, and a shared link shows what its sender saw.
 * Each keystroke replaces the history entry rather than adding one, so Back leaves the list.
 */
export function useListFilters() {
  const search = useSearch();
  useEffect(() => rememberListSearch(search), [search]);
  const params = new URLSearchParams(search);
  const [location, navigate] = useLocation();
  const kind = kindFrom(params.get('kind'));
  const query = params.get('q') ?? '';

  const show = (next: { kind: KindFilter; query: string }) => {
    const wanted = new URLSearchParams();
    if (next.query !== '') wanted.set('q', next.query);
    if (next.kind !== 'all') wanted.set('kind', next.kind);
    const text = wanted.toString();
    navigate(text ? `${location}?${text}` : location, { replace: true });
  };

  return {
    kind,
    query,
    setKind: (value: KindFilter) => show({ kind: value, query }),
    setQuery: (value: string) => show({ kind, query: value }),
  };
}
