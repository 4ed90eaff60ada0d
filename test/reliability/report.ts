/**
 * The suite's figures: each test file records its section as a JSON part; the global teardown
 * (report-setup.ts) merges the parts into test-results/reliability.json and prints one table.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers/shared';

export const RESULTS_FILE = path.join(ROOT, 'test-results', 'reliability.json');
export const PARTS_DIR = path.join(ROOT, 'test-results', 'reliability');

export type Figure = string | number | boolean | null;

/** One line of the table: what was done and its figures, e.g. acknowledged vs on disk. */
export interface Row {
  readonly section: 'load' | 'faults' | 'fuzz';
  readonly name: string;
  readonly figures: Readonly<Record<string, Figure>>;
  /** Whether the run met the suite's bar (no loss, no crash, answers in time). */
  readonly ok: boolean;
}

/** Records a row now, so a later failure in the same file still leaves it in the report. */
export function record(row: Row): void {
  fs.mkdirSync(PARTS_DIR, { recursive: true });
  const file = `${row.section}-${row.name.replace(/[^\w.-]+/g, '_')}.json`;
  fs.writeFileSync(path.join(PARTS_DIR, file), `${JSON.stringify(row)}\n`);
}

export function readRows(): Row[] {
  if (!fs.existsSync(PARTS_DIR)) return [];
  const order = { load: 0, faults: 1, fuzz: 2 };
  return fs
    .readdirSync(PARTS_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(fs.readFileSync(path.join(PARTS_DIR, f), 'utf8')) as Row)
    .sort((a, b) => order[a.section] - order[b.section] || a.name.localeCompare(b.name));
}

/** A compact fixed-width table: one row per check, its figures as key=value. */
export function formatTable(rows: readonly Row[]): string {
  const nameWidth = Math.max(4, ...rows.map((r) => r.name.length));
  const lines = rows.map((r) => {
    const figures = Object.entries(r.figures)
      .map(([k, v]) => `${k}=${typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(1) : v}`)
      .join(' ');
    return `${r.ok ? 'ok  ' : 'FAIL'} ${r.section.padEnd(6)} ${r.name.padEnd(nameWidth)} ${figures}`;
  });
  return ['reliability figures', ...lines].join('\n');
}
