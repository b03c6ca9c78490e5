import { createContext, useContext, useState, type ReactNode } from 'react';
import { RepeatSignerChecks } from './repeatSignerChecks';

const RepeatSignerChecksContext = createContext<RepeatSignerChecks | null>(null);

/** Holds the stalls' repeat checks for as long as the page lives, across kiosk openings. */
export function RepeatSignerChecksProvider({ children }: { children: ReactNode }) {
  const [checks] = useState(() => new RepeatSignerChecks());
  return <RepeatSignerChecksContext value={checks}>{children}</RepeatSignerChecksContext>;
}

export function useRepeatSignerChecks(): RepeatSignerChecks {
  const checks = useContext(RepeatSignerChecksContext);
  if (!checks)
    throw new Error('useRepeatSignerChecks() needs a <RepeatSignerChecksProvider> above it');
  return checks;
}
