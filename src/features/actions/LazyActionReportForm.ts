import { lazy } from 'react';

/**
 * The report form, whose code arrives just after the page that shows it: on the case page it sits
 * at the foot, far below what a phone shows first, and the first download is the case page's.
 */
export const LazyActionReportForm = lazy(async () => ({
  default: (await import('./ActionReportForm')).ActionReportForm,
}));
