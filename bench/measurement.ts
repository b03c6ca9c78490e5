/** One row of the bench table. Later issues add rows by adding measure functions to run.ts. */
export interface Measurement {
  name: string;
  value: number;
  unit: 'bytes' | 'files' | 'ms' | 's' | 'items/s' | '×' | 'score';
  /** What the number covers, for the reader of the JSON. */
  detail?: string;
  /** DESIGN.md's "Performance budgets": the value must stay within these, in the row's unit. */
  budget?: { max?: number; min?: number };
}

/** Whether a row keeps its budget; undefined for a row that has none. */
export function withinBudget({ value, budget }: Measurement): boolean | undefined {
  if (!budget) return undefined;
  return (
    (budget.max === undefined || value <= budget.max) &&
    (budget.min === undefined || value >= budget.min)
  );
}
