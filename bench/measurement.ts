/** One row of the bench table. Later issues add rows by adding measure functions to run.ts. */
export interface Measurement {
  name: string;
  value: number;
  unit: 'bytes' | 'files' | 'ms' | 's' | 'items/s';
  /** What the number covers, for the reader of the JSON. */
  detail?: string;
}
