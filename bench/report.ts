import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { withinBudget, type Measurement } from './measurement';

function formatNumber(value: number, unit: Measurement['unit']): string {
  if (unit === 'bytes') return `${value.toLocaleString('en')} B (${(value / 1024).toFixed(1)} KiB)`;
  if (unit === '×') return `${value.toLocaleString('en')}×`;
  if (unit === 'score') return value.toFixed(2);
  return `${value.toLocaleString('en')} ${unit}`;
}

function formatBudget({ budget, unit }: Measurement): string {
  if (!budget) return '';
  const bounds = [
    budget.min === undefined ? null : `≥ ${formatNumber(budget.min, unit)}`,
    budget.max === undefined ? null : `≤ ${formatNumber(budget.max, unit)}`,
  ];
  return bounds.filter(Boolean).join(', ');
}

function formatVerdict(measurement: Measurement): string {
  const within = withinBudget(measurement);
  return within === undefined ? '' : within ? '✓' : '✗';
}

export function formatTable(measurements: readonly Measurement[]): string {
  const header = ['measurement', 'value', 'budget', ''];
  const rows = measurements.map((m) => [
    m.name,
    formatNumber(m.value, m.unit),
    formatBudget(m),
    formatVerdict(m),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, 1, ...rows.map((row) => (row[column] as string).length)),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, column) => (column === 1 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join(' | ')} |`;
  const rule = `| ${widths.map((width, column) => (column === 1 ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width))).join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export function writeResults(path: string, results: object): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
}
