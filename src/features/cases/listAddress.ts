// The case list's address with the member's last search and filter, so "All cases" on a case page
// returns to the results the member opened it from. Kept in memory: a new start shows the list.
let lastSearch = '';

export function rememberListSearch(search: string): void {
  lastSearch = search;
}

export function caseListAddress(): string {
  return lastSearch ? `/?${lastSearch}` : '/';
}
