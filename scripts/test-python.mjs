#!/usr/bin/env node
// Runs the training recipes' pytest suite with pythonForTraining(): the set-up venv (Debian's
// torch plus training/requirements.txt) when present, else Debian's Python, or $SIGNBRIDGE_PYTHON.
// Skips with a clear message where that Python or torch is missing (e.g. a user's machine that
// never trains); CI installs them, so there it always runs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './lib/paths.mjs';
import { APT_TRAINING_PACKAGES, pythonForTraining } from './lib/python.mjs';

const PYTHON = pythonForTraining();
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
  console.log(`  enable with: sudo apt-get install -y ${APT_TRAINING_PACKAGES} && npm run setup`);
  process.exit(0);
}
console.log(`python: ${PYTHON}`);
const r = spawnSync(PYTHON, ['-m', 'pytest', '-q', 'training/tests'], {
  cwd: ROOT,
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
