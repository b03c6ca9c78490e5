// The actions feature as the rest of the app may use it; everything else in this folder is its own.
export { LazyActionReportForm as ActionReportForm } from './LazyActionReportForm';
export { CaseActions } from './CaseActions';
export { reportFormFrom, todayOnThisPhone } from './reportFormValues';
export { useActionSummary } from './useActionSummary';
