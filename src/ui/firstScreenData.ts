import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';

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
  // What the first render showed, until the live query's first answer has been compared with it.
  const shown = useRef(initial);
  useEffect(() => forgetFirstScreen(key), [key]);
  return useLiveQuery(
    async () => {
      const value = await querier();
      const primed = shown.current;
      shown.current = undefined;
      // The first answer is a new object with what the first render already showed; handing
      // React that object would render the whole screen a second time for nothing. Later answers
      // follow a change and are not compared: that would serialise the screen's rows each time.
      return primed !== undefined && sameStoredData(value, primed) ? primed : value;
    },
    deps,
    initial,
  );
}

/** Rows read from IndexedDB are plain data, so equal JSON means equal rows. */
function sameStoredData(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
