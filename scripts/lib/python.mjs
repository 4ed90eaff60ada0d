// The Python that runs the training recipes and their tests. Debian's /usr/bin/python3 carries
// PyTorch (python3-torch: PyPI's torch is the multi-GB CUDA build); `npm run setup` puts a
// virtual environment on top of it (.venv, --system-site-packages, so Debian's torch stays
// visible) with the pinned packages of training/requirements.txt. Plain .mjs: runs before the build.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths.mjs';

/** Debian's Python: the one with python3-torch (the `python3` first on PATH may have no torch). */
export const SYSTEM_PYTHON = '/usr/bin/python3';
export const VENV = path.join(ROOT, '.venv');
export const VENV_PYTHON = path.join(VENV, 'bin', 'python');
export const REQUIREMENTS = path.join(ROOT, 'training', 'requirements.txt');
/** What the venv was built from: requirements hash and Python version (see venvStamp). */
export const VENV_STAMP = path.join(VENV, '.signbridge-requirements');
/** The apt packages the training Python needs (the same list as .ci/run). */
export const APT_TRAINING_PACKAGES =
  'python3-torch python3-onnx python3-numpy python3-pytest python3-venv';

/**
 * The interpreter for training scripts and tests: $SIGNBRIDGE_PYTHON when set, else the set-up
 * venv when it exists, else Debian's Python (torch, but no pose-format, sacrebleu, onnxruntime).
 */
export function pythonForTraining(env = process.env) {
  if (env.SIGNBRIDGE_PYTHON) return env.SIGNBRIDGE_PYTHON;
  return fs.existsSync(VENV_PYTHON) ? VENV_PYTHON : SYSTEM_PYTHON;
}

/**
 * Python version and whether torch is installed, without importing torch (an import takes
 * seconds; find_spec takes milliseconds). Undefined when the interpreter does not run.
 */
export function probePython(python) {
  const code =
    'import importlib.util, sys; print(sys.version.split()[0], importlib.util.find_spec("torch") is not None)';
  const r = spawnSync(python, ['-c', code], { encoding: 'utf8' });
  if (r.status !== 0) return undefined;
  const [version, torch] = r.stdout.trim().split(' ');
  return { version, torch: torch === 'True' };
}

/** The stamp a venv built now would carry: stale when the requirements or the Python change. */
export function venvStamp(pythonVersion) {
  const hash = crypto.createHash('sha256').update(fs.readFileSync(REQUIREMENTS)).digest('hex');
  return `requirements.txt sha256 ${hash}\npython ${pythonVersion}\n`;
}

export function venvIsCurrent(pythonVersion) {
  try {
    return (
      fs.existsSync(VENV_PYTHON) && fs.readFileSync(VENV_STAMP, 'utf8') === venvStamp(pythonVersion)
    );
  } catch {
    return false;
  }
}

/**
 * Builds .venv from scratch (so a package dropped from the requirements does not linger) and
 * installs the pinned requirements. Returns undefined on success, else what failed and why.
 */
export function buildVenv(pythonVersion) {
  const step = (what, cmd, args) => {
    const r = spawnSync(cmd, args, {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'pipe'],
      encoding: 'utf8',
    });
    if (r.status === 0) return undefined;
    const last = (r.stderr ?? r.error?.message ?? '').trim().split('\n').slice(-3).join(' | ');
    return `${what} failed (exit ${r.status}): ${last}`;
  };
  fs.rmSync(VENV, { recursive: true, force: true });
  const failed =
    step('creating the venv', SYSTEM_PYTHON, ['-m', 'venv', '--system-site-packages', VENV]) ??
    step('pip install -r training/requirements.txt', VENV_PYTHON, [
      '-m',
      'pip',
      'install',
      '--quiet',
      '--disable-pip-version-check',
      '--no-input',
      '--progress-bar',
      'off',
      '-r',
      REQUIREMENTS,
    ]) ??
    // Pins that pulled in a numpy 2 or shadowed torch would only show at import time.
    step('the import check', VENV_PYTHON, [
      '-c',
      'import torch, numpy, onnx, onnxruntime.quantization, pose_format, sacrebleu',
    ]);
  if (failed) {
    // A half-built venv would be picked by pythonForTraining(): fall back to Debian's Python.
    fs.rmSync(VENV, { recursive: true, force: true });
    return failed;
  }
  fs.writeFileSync(VENV_STAMP, venvStamp(pythonVersion));
  return undefined;
}
