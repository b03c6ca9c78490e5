import { useLiveQuery } from 'dexie-react-hooks';
import type { Language } from '../../../domain/language';
import { useDatabase } from '../../../ui/DatabaseContext';

export type CaseLabel = (caseId: string, language: Language) => string;

/**
 * How a case is named in figures: its reference and title as the phone holds them ("UA 105.22 ·
 * Peru: …"), or its id when the phone no longer has it (a withdrawn case, say).
 */
export function useCaseLabels(): CaseLabel | undefined {
  const database = useDatabase();
  const cases = useLiveQuery(() => database.cases.toArray(), [database]);
  if (!cases) return undefined;
  const byId = new Map(cases.map((item) => [item.id, item]));
  return (caseId, language) => {
    const item = byId.get(caseId);
    if (!item) return caseId;
    const reference = item.reference?.[language];
    return reference ? `${reference} · ${item.title[language]}` : item.title[language];
  };
}
