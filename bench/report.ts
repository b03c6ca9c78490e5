import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Measurement } from './measurement';

function formatValue({ value, unit }: Measurement): string {
  if (unit === 'bytes') return `${value.toLocaleString('en')} B (${(value / 1024).toFixed(1)} KiB)`;
  return `${value.toLocaleString('en')} ${unit}`;
}

export function formatTable(measurements: readonly Measurement[]): string {
  const rows = measurements.map((m) => [m.name, formatValue(m)] as const);
  const nameWidth = Math.max('measurement'.length, ...rows.map(([name]) => name.length));
  const valueWidth = Math.max('value'.length, ...rows.map(([, value]) => value.length));
  const line = (name: string, value: string) =>
    `| ${name.padEnd(nameWidth)} | ${value.padStart(valueWidth)} |`;
  return [
    line('measurement', 'value'),
    `| ${'-'.repeat(nameWidth)} | ${'-'.repeat(valueWidth - 1)}: |`,
    ...rows.map(([name, value]) => line(name, value)),
  ].join('\n');
}

export function writeResults(path: string, results: object): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
}
