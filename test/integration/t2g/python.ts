import { spawnSync } from 'node:child_process';
import { ROOT } from '../../helpers/shared';

/** The Debian Python that has torch and onnx (the `python3` first on PATH has neither). */
export const TRAINING_PYTHON = process.env.SIGNBRIDGE_TRAINING_PYTHON ?? '/usr/bin/python3';

/** Why the training recipe cannot run here ("" when it can). */
export function trainingPythonMissing(): string {
  const r = spawnSync(TRAINING_PYTHON, ['-c', 'import torch, onnx, numpy'], { encoding: 'utf8' });
  if (r.error) return `${TRAINING_PYTHON} not found (${r.error.message})`;
  return r.status === 0
    ? ''
    : `${TRAINING_PYTHON} lacks torch/onnx/numpy: ${r.stderr.trim().split('\n').at(-1) ?? ''}`;
}

/** Runs `python -m <module> ...args` from the project root; throws with its stderr on failure. */
export function runPythonModule(module: string, args: string[]): string {
  const r = spawnSync(TRAINING_PYTHON, ['-m', module, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (r.status !== 0) {
    throw new Error(
      `${TRAINING_PYTHON} -m ${module} ${args.join(' ')} failed (${r.status}): ${r.stderr}`,
    );
  }
  return r.stdout;
}
