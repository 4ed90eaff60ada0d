/** Global setup of the reliability project: clears old figures first, prints and saves them last. */
import fs from 'node:fs';
import { PARTS_DIR, RESULTS_FILE, formatTable, readRows } from './report';

export function setup(): void {
  fs.rmSync(PARTS_DIR, { recursive: true, force: true });
}

export function teardown(): void {
  const rows = readRows();
  if (rows.length === 0) return;
  const report = { date: new Date().toISOString(), node: process.version, rows };
  fs.writeFileSync(RESULTS_FILE, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\n${formatTable(rows)}\n(written to ${RESULTS_FILE})`);
}
