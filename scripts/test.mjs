#!/usr/bin/env node
// `npm test`: every check, in order of speed: lint, formatting, types, build, unit, integration,
// reliability, end-to-end (Playwright + Chromium in host mode) and the Python training tests.
// `npm test -- NAME...` runs only the named steps (e.g. `npm test -- reliability`). Each step runs
// even if an earlier one failed, so one run shows everything; the exit code is non-zero if any did.
import { spawnSync } from 'node:child_process';
import { ROOT } from './lib/paths.mjs';

const only = process.argv.slice(2);
const steps = [
  ['lint', 'npx', ['eslint', '--max-warnings', '0', '.']],
  ['format', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']],
  ['typecheck', process.execPath, ['scripts/typecheck.mjs']],
  ['build', process.execPath, ['scripts/build.mjs', '--if-stale']],
  ['unit', 'npx', ['vitest', 'run', '--project', 'unit']],
  ['integration', 'npx', ['vitest', 'run', '--project', 'integration']],
  // Load, injected faults and fuzzing, with figures (test-results/reliability.json): ~2 min.
  ['reliability', 'npx', ['vitest', 'run', '--project', 'reliability']],
  ['e2e', 'npx', ['playwright', 'test']],
  ['python', process.execPath, ['scripts/test-python.mjs']],
].filter(([name]) => only.length === 0 || only.includes(name));

const results = [];
for (const [name, cmd, args] of steps) {
  console.log(`\n=== ${name}: ${[cmd, ...args].join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  results.push({ name, ok: r.status === 0, seconds: (Date.now() - started) / 1000 });
}
console.log('\n=== summary');
for (const r of results)
  console.log(`  ${r.ok ? 'pass' : 'FAIL'}  ${r.name.padEnd(12)} ${r.seconds.toFixed(1)} s`);
const failed = results.filter((r) => !r.ok);
if (failed.length > 0) {
  console.error(`\n${failed.length} step(s) failed: ${failed.map((r) => r.name).join(', ')}`);
  process.exit(1);
}
console.log('\nall tests passed');
