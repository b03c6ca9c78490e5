import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// jsdom has no layout, so its scrollTo only logs "not implemented"; the shell scrolls on navigation.
window.scrollTo = () => {};

afterEach(() => {
  cleanup();
  // The language choice lives in localStorage; one test's choice must not leak into the next.
  localStorage.clear();
});
