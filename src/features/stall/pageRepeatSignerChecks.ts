import { RepeatSignerChecks } from './repeatSignerChecks';

/**
 * The stalls' repeat checks for as long as the page lives, across kiosk openings. One per page,
 * made when the stall's code first loads, so a first visit to a case never pays for it. Each
 * check is keyed by its stall session, so nothing is shared between stalls.
 */
const checks = new RepeatSignerChecks();

export function useRepeatSignerChecks(): RepeatSignerChecks {
  return checks;
}
