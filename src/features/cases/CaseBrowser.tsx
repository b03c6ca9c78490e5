import { useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { localDate } from '../../domain/deadline';
import type { CaseRead, StoredCase } from '../../db/rows';
import { CaseFilters } from './CaseFilters';
import { CaseListItem } from './CaseListItem';
import { hasUnseenUpdate } from './caseReads';
import { filterCases, makeSearchable, matchesKind } from './caseSearch';
import { arrangeCasesForList } from './sortCasesForList';
import { useListFilters } from './useListFilters';

/** The listed cases (never withdrawn ones) with the kind filter and the search over them. */
export function CaseBrowser({
  cases,
  reads,
}: {
  cases: readonly StoredCase[];
  reads: readonly CaseRead[];
}) {
  const { t } = useTranslation('cases');
  const id = useId();
  const { kind, query, setKind, setQuery } = useListFilters();
  const searchRef = useRef<HTMLInputElement>(null);
  const searching = query.trim() !== '';
  // Built once the member types: a list opened to be read never pays for the search's words,
  // which take the country names in both languages (the other one's locale data included).
  const searchable = useMemo(() => (searching ? makeSearchable(cases) : null), [cases, searching]);
  const readsById = useMemo(() => new Map(reads.map((r) => [r.caseId, r])), [reads]);

  const shown = searchable
    ? filterCases(searchable, kind, query)
    : cases.filter((item) => matchesKind(item, kind));
  const { open, earlier } = arrangeCasesForList(shown, localDate(new Date()));
  const filtering = searching || kind !== 'all';

  const summary = (): string => {
    if (shown.length > 0) return filtering ? t('search.found', { count: shown.length }) : '';
    if (searching) return t(`search.noMatch.${kind}`, { query: query.trim() });
    return kind === 'all' ? '' : t(`search.noneOfKind.${kind}`);
  };
  const clearSearch = () => {
    setQuery('');
    searchRef.current?.focus();
  };
  const list = (items: readonly StoredCase[]) => (
    <ul className="case-list">
      {items.map((item) => (
        <CaseListItem
          key={item.id}
          item={item}
          updated={hasUnseenUpdate(item, readsById.get(item.id))}
        />
      ))}
    </ul>
  );

  return (
    <>
      <CaseFilters
        kind={kind}
        query={query}
        onKindChange={setKind}
        onQueryChange={setQuery}
        searchRef={searchRef}
      />
      {/* Always in the page, so a screen reader hears the count change as the member types. */}
      <p role="status" className="case-search-result">
        {summary()}
      </p>
      {shown.length === 0 ? (
        searching ? (
          <button
            type="button"
            className="button button-secondary case-search-reset"
            onClick={clearSearch}
          >
            {t('search.clear')}
          </button>
        ) : (
          <button
            type="button"
            className="button button-secondary case-search-reset"
            onClick={() => setKind('all')}
          >
            {t('filter.showAll')}
          </button>
        )
      ) : (
        <>
          {(open.length > 0 || !filtering) && (
            <section aria-labelledby={`${id}-open`}>
              <h2 id={`${id}-open`} className="case-list-heading">
                {t('list.openHeading')}
              </h2>
              {open.length > 0 ? list(open) : <p>{t('list.noOpen')}</p>}
            </section>
          )}
          {earlier.length > 0 && (
            <section aria-labelledby={`${id}-earlier`}>
              <h2 id={`${id}-earlier`} className="case-list-heading">
                {t('list.earlierHeading')}
              </h2>
              <p className="case-list-hint">{t('list.earlierHint')}</p>
              {list(earlier)}
            </section>
          )}
        </>
      )}
    </>
  );
}
