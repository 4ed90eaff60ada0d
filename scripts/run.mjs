#!/usr/bin/env node
// `npm run cli|bench|serve|start`: rebuilds whatever is stale (quietly, so `--json` stdout stays
// clean), then runs the built entry with the remaining arguments.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  buildNode,
  buildPages,
  buildRenderer,
  nodeIsStale,
  pagesAreStale,
  rendererIsStale,
} from './build.mjs';
import { DIST_NODE, ROOT } from './lib/paths.mjs';

/** The Electron executable when its binary was downloaded (never triggers a download). */
function electronBinary() {
  const dir = path.join(ROOT, 'node_modules', 'electron');
  try {
    const bin = path.join(dir, 'dist', fs.readFileSync(path.join(dir, 'path.txt'), 'utf8').trim());
    return fs.existsSync(bin) ? bin : undefined;
  } catch {
    return undefined;
  }
}

const [target, ...args] = process.argv.slice(2);
const NEEDS_RENDERER = new Set(['serve', 'start']);
const ENTRY = { cli: 'cli.mjs', bench: 'cli.mjs', serve: 'host.mjs', start: 'host.mjs' };

if (!(target in ENTRY)) {
  console.error(`unknown target "${target}": expected one of ${Object.keys(ENTRY).join(', ')}`);
  process.exit(2);
}
try {
  if (nodeIsStale()) await buildNode({ quiet: true });
  if (pagesAreStale()) await buildPages({ quiet: true });
  if (NEEDS_RENDERER.has(target) && rendererIsStale()) await buildRenderer({ quiet: true });
} catch (e) {
  console.error(`build failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}

const electron = target === 'start' ? electronBinary() : undefined;
let child;
if (electron !== undefined) {
  child = spawn(electron, [ROOT, ...args], { stdio: 'inherit' });
} else {
  if (target === 'start')
    console.log('Electron binary not installed: starting host mode in Chromium.');
  const entryArgs =
    target === 'bench' ? ['bench', ...args] : target === 'start' ? ['--start', ...args] : args;
  child = spawn(process.execPath, [path.join(DIST_NODE, ENTRY[target]), ...entryArgs], {
    stdio: 'inherit',
  });
}
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
