import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_KINDS } from '../../domain/caseTerms';
import type { KindFilter } from './caseSearch';
import '../../ui/forms.css';

const KIND_FILTERS: readonly KindFilter[] = ['all', ...CASE_KINDS];

export interface CaseFiltersProps {
  kind: KindFilter;
  query: string;
  onKindChange(kind: KindFilter): void;
  onQueryChange(query: string): void;
  searchRef: Ref<HTMLInputElement>;
}

/** Which kind of case to show, and a search over titles, countries and references. */
export function CaseFilters({
  kind,
  query,
  onKindChange,
  onQueryChange,
  searchRef,
}: CaseFiltersProps) {
  const { t } = useTranslation('cases');
  const id = useId();
  return (
    <div className="case-filters">
      <div className="field">
        <label htmlFor={`${id}-search`}>{t('search.label')}</label>
        <p className="field-hint" id={`${id}-search-hint`}>
          {t('search.hint')}
        </p>
        <input
          ref={searchRef}
          id={`${id}-search`}
          type="search"
          value={query}
          onChange={(event) => onQueryChange(event.target.value)}
          aria-describedby={`${id}-search-hint`}
          autoComplete="off"
          enterKeyHint="search"
        />
      </div>
      {/* Radio buttons drawn as a segmented control: arrow keys move between them, and a screen
          reader says which one is chosen. */}
      <fieldset className="kind-filter">
        <legend>{t('filter.legend')}</legend>
        <div className="kind-filter-options">
          {KIND_FILTERS.map((option) => (
            <label key={option} className="kind-filter-option">
              <input
                type="radio"
                name={`${id}-kind`}
                value={option}
                checked={kind === option}
                onChange={() => onKindChange(option)}
              />
              <span>{t(`filter.${option}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
