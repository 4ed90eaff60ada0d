#!/usr/bin/env node
// Runs the training recipes' pytest suite with Debian's Python (the one that has PyTorch).
// Skips with a clear message where that Python or torch is missing (e.g. a user's machine
// that never trains); CI installs them, so there it always runs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './lib/paths.mjs';

const PYTHON = process.env.SIGNBRIDGE_PYTHON ?? '/usr/bin/python3';
const tests = path.join(ROOT, 'training', 'tests');
if (!fs.existsSync(tests)) {
  console.log('python: no training/tests folder: nothing to run');
  process.exit(0);
}
const probe = spawnSync(PYTHON, ['-c', 'import torch, onnx, pytest'], { encoding: 'utf8' });
if (probe.status !== 0) {
  const why = probe.error ? probe.error.message : probe.stderr.trim().split('\n').at(-1);
  if (process.env.CI) {
    console.error(
      `python: ${PYTHON} cannot import torch, onnx and pytest (${why}): .ci/run installs them`,
    );
    process.exit(1);
  }
  console.log(`python: skipped: ${PYTHON} cannot import torch, onnx and pytest (${why}).`);
  console.log(
    '  install with: sudo apt-get install -y python3-torch python3-onnx python3-numpy python3-pytest',
  );
  process.exit(0);
}
const r = spawnSync(PYTHON, ['-m', 'pytest', '-q', 'training/tests'], {
  cwd: ROOT,
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
