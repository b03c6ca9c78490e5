// The actions feature as the rest of the app may use it; everything else in this folder is its own.
export { ActionReportForm } from './ActionReportForm';
export { CaseActions } from './CaseActions';
export { reportFormFrom, todayOnThisPhone } from './reportFormValues';
export { useActionSummary } from './useActionSummary';
