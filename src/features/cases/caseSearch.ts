import type { Case, CaseKind } from '../../domain/case';
import { LANGUAGES } from '../../domain/language';
import { formatCountryName } from '../../ui/localeFormat';

export type KindFilter = CaseKind | 'all';

/** Lower case and without accents, so "peru" finds "Perú" and "JULIACA" finds "Juliaca". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Letters and digits only, so "105/22", "105.22" and "10522" are the same reference. */
function compact(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, '');
}

export interface SearchableCase<T extends Case> {
  item: T;
  /** Title, country name and reference in every language, folded. */
  words: string;
  /** The references, compacted, one per language. */
  references: string[];
}

/**
 * Each case with what a search looks in, in both languages: a member may type the Spanish
 * reference ("AU 105/22") or country ("Perú") whichever language the app is showing.
 */
export function makeSearchable<T extends Case>(cases: readonly T[]): SearchableCase<T>[] {
  return cases.map((item) => {
    const references = item.reference ? LANGUAGES.map((l) => item.reference![l]) : [];
    const parts = [
      ...LANGUAGES.map((l) => item.title[l]),
      ...LANGUAGES.map((l) => formatCountryName(item.country, l)),
      ...references,
    ];
    return {
      item,
      words: foldForSearch(parts.join('\n')),
      references: references.map((r) => compact(foldForSearch(r))),
    };
  });
}

/** Every word of the query must be found somewhere; an empty query matches everything. */
export function matchesQuery(entry: SearchableCase<Case>, query: string): boolean {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  return words.every((word) => {
    if (entry.words.includes(word)) return true;
    const bare = compact(word);
    return bare !== '' && entry.references.some((r) => r.includes(bare));
  });
}

export function filterCases<T extends Case>(
  searchable: readonly SearchableCase<T>[],
  kind: KindFilter,
  query: string,
): T[] {
  return searchable
    .filter((entry) => matchesKind(entry.item, kind) && matchesQuery(entry, query))
    .map((entry) => entry.item);
}

export function matchesKind(item: Case, kind: KindFilter): boolean {
  return kind === 'all' || item.kind === kind;
}
