/** Where a case stands against its "take action until" date, on a given calendar day. */
export type DeadlineStatus =
  | { state: 'none' }
  | { state: 'open'; daysLeft: number; deadline: string }
  | { state: 'today'; deadline: string }
  | { state: 'passed'; deadline: string };

const MS_PER_DAY = 86_400_000;

/** Whole calendar days from `from` to `to`, both `YYYY-MM-DD`; counted in UTC so DST cannot shift it. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / MS_PER_DAY);
}

/** `today` is the member's local calendar date, because a deadline is a day, not an instant. */
export function deadlineStatus(deadline: string | undefined, today: string): DeadlineStatus {
  if (!deadline) return { state: 'none' };
  const days = daysBetween(today, deadline);
  if (days < 0) return { state: 'passed', deadline };
  if (days === 0) return { state: 'today', deadline };
  return { state: 'open', daysLeft: days, deadline };
}

/** The local calendar date of an instant, as `YYYY-MM-DD`. */
export function localDate(now: Date): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
