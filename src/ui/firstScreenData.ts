import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';

/**
 * What the first screen shows, read from the database while its strings load, so the first render
 * already shows it: a live query alone renders "Loading…" first and the content a moment later,
 * which on a cheap phone is a second render the member waits for. Only for the screen the app
 * opened on, and only until that screen has shown it once; afterwards its live query takes over.
 */
const primed = new Map<string, unknown>();

export function primeFirstScreen(key: string, value: unknown): void {
  primed.set(key, value);
}

/** The value read at start for this screen, if the app opened on it and it has not shown yet. */
export function primedFirstScreen<T>(key: string): T | undefined {
  return primed.get(key) as T | undefined;
}

/** Called once the screen has shown the value: later visits must read afresh. */
export function forgetFirstScreen(key: string): void {
  primed.delete(key);
}

/** A live query whose first render already has the value read at start, where there is one. */
export function useFirstScreenLiveQuery<T>(
  key: string,
  querier: () => Promise<T>,
  deps: unknown[],
): T | undefined {
  const [initial] = useState(() => primedFirstScreen<T>(key));
  useEffect(() => forgetFirstScreen(key), [key]);
  return useLiveQuery(
    async () => {
      const value = await querier();
      // The live query's first answer is a new object with what the first render already showed;
      // handing React that object would render the whole screen a second time for nothing.
      return initial !== undefined && sameStoredData(value, initial) ? initial : value;
    },
    deps,
    initial,
  );
}

/** Rows read from IndexedDB are plain data, so equal JSON means equal rows. */
function sameStoredData(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
