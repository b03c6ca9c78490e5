import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * A screen whose code arrives when it is first shown. A cheap phone's first visit needs only the
 * case list and a case; the service worker precaches every other screen, so this works offline too.
 */
export function lazyScreen<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): LazyExoticComponent<ComponentType<Props>> {
  return lazy(async () => ({ default: await load() }));
}
