#!/usr/bin/env node
// Type-checks each process's sources under its own lib/types: src/shared without DOM or Node
// types (so a stray `window` or `fs` fails to compile), Node code, Electron code and the renderer.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');
const projects = [
  'tsconfig.shared.json',
  'tsconfig.node.json',
  'tsconfig.electron.json',
  'tsconfig.renderer.json',
];
let failed = 0;
for (const p of projects) {
  const r = spawnSync(process.execPath, [tsc, '-p', p], { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`typecheck: ${p} has errors`);
    failed++;
  }
}
process.exit(failed === 0 ? 0 : 1);
