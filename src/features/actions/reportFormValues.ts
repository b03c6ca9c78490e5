import { localDate } from '../../domain/deadline';
import { ACTION_TYPES, type ActionType } from '../../domain/actionTypes';
import type { ActionReportData } from '../../domain/syncProtocol';

/** What the member typed, kept as text so a bad entry is shown back exactly as typed. */
export interface ReportFormValues {
  counts: Record<ActionType, string>;
  occurredOn: string;
}

export type CountError = 'notWhole' | 'tooMany';
export type DateError = 'noDate' | 'futureDate' | 'tooEarly';

export interface ReportFormErrors {
  counts: Partial<Record<ActionType, CountError>>;
  nothing?: true;
  date?: DateError;
}

export function emptyReportForm(today: string): ReportFormValues {
  const counts = Object.fromEntries(ACTION_TYPES.map((type) => [type, '0'])) as Record<
    ActionType,
    string
  >;
  return { counts, occurredOn: today };
}

/** A saved report, back as form values: used to correct one the server rejected. */
export function reportFormFrom(data: Partial<ActionReportData>, today: string): ReportFormValues {
  const values = emptyReportForm(today);
  for (const type of ACTION_TYPES) {
    const count = data.actions?.[type];
    if (typeof count === 'number') values.counts[type] = String(count);
  }
  if (typeof data.occurredOn === 'string') values.occurredOn = data.occurredOn;
  return values;
}

export function todayOnThisPhone(): string {
  return localDate(new Date());
}

/**
 * Reads the form with the protocol's own schema, so every rule the phone and the server apply to a
 * report is checked here first, by the same code. The form adds only what concerns typing: text
 * that is not a whole number, and a date after today on this phone. The schema library is fetched
 * on the first save, not with the case page (by then the sync engine has usually brought it).
 */
export async function readReportForm(
  values: ReportFormValues,
  caseId: string,
  today: string,
): Promise<{ ok: true; data: ActionReportData } | { ok: false; errors: ReportFormErrors }> {
  const { actionReportDataSchema } = await import('../../domain/syncProtocol');
  const errors: ReportFormErrors = { counts: {} };
  const actions: ActionReportData['actions'] = {};
  for (const type of ACTION_TYPES) {
    const text = values.counts[type].trim();
    if (text === '') continue;
    if (!/^\d+$/.test(text)) errors.counts[type] = 'notWhole';
    else if (Number(text) > 0) actions[type] = Number(text);
  }
  const candidate = { caseId, actions, occurredOn: values.occurredOn };
  const parsed = actionReportDataSchema.safeParse(candidate);
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const [field, type] = issue.path;
    if (field === 'actions' && typeof type === 'string') {
      errors.counts[type as ActionType] = 'tooMany';
    } else if (field === 'actions' && Object.keys(errors.counts).length === 0) {
      errors.nothing = true;
    } else if (field === 'occurredOn') {
      errors.date = isCalendarDate(values.occurredOn) ? 'tooEarly' : 'noDate';
    }
  }
  // Both are YYYY-MM-DD, so text order is calendar order.
  if (!errors.date && values.occurredOn > today) errors.date = 'futureDate';
  const failed = Object.keys(errors.counts).length > 0 || errors.nothing || errors.date;
  if (failed || !parsed.success) return { ok: false, errors };
  return { ok: true, data: parsed.data };
}

function isCalendarDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`));
}
