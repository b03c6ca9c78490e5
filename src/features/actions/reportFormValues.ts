import { localDate } from '../../domain/deadline';
import {
  ACTION_TYPES,
  MAX_ACTION_COUNT,
  type ActionReportData,
  type ActionType,
} from '../../domain/syncProtocol';

/** What the member typed, kept as text so a bad entry is shown back exactly as typed. */
export interface ReportFormValues {
  counts: Record<ActionType, string>;
  occurredOn: string;
}

export type CountError = 'notWhole' | 'tooMany';
export type DateError = 'noDate' | 'futureDate';

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

export function readReportForm(
  values: ReportFormValues,
  caseId: string,
  today: string,
): { ok: true; data: ActionReportData } | { ok: false; errors: ReportFormErrors } {
  const errors: ReportFormErrors = { counts: {} };
  const actions: ActionReportData['actions'] = {};
  let failed = false;
  for (const type of ACTION_TYPES) {
    const text = values.counts[type].trim();
    if (text === '') continue;
    if (!/^\d+$/.test(text)) {
      errors.counts[type] = 'notWhole';
      failed = true;
      continue;
    }
    const count = Number(text);
    if (count > MAX_ACTION_COUNT) {
      errors.counts[type] = 'tooMany';
      failed = true;
    } else if (count > 0) {
      actions[type] = count;
    }
  }
  if (!failed && Object.keys(actions).length === 0) {
    errors.nothing = true;
    failed = true;
  }
  const date = values.occurredOn;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
    errors.date = 'noDate';
    failed = true;
  } else if (date > today) {
    // Both are YYYY-MM-DD, so text order is calendar order.
    errors.date = 'futureDate';
    failed = true;
  }
  if (failed) return { ok: false, errors };
  return { ok: true, data: { caseId, actions, occurredOn: date } };
}
