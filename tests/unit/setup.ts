import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Screens appear after IndexedDB reads and lazy locale loads; with every test file running at
// once on two cores, Testing Library's default one-second wait fails stories that are correct.
configure({ asyncUtilTimeout: 5_000 });

// jsdom has no layout, so its scrollTo only logs "not implemented"; the shell scrolls on navigation.
window.scrollTo = () => {};

afterEach(() => {
  cleanup();
  // The language choice lives in localStorage; one test's choice must not leak into the next.
  localStorage.clear();
});
