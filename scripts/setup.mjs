#!/usr/bin/env node
// `npm run setup`: everything a fresh clone needs, offline except for npm (and PyPI for the
// training venv): dependencies, the Electron binary where it can be fetched, generated assets
// (MediaPipe task bundles, the default avatar, word embeddings), the training Python's venv where
// Debian's torch is installed, and the app build. Says what it did; safe to run again.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './lib/paths.mjs';
import { newestMtime, stampTime } from './lib/fresh.mjs';
import {
  APT_TRAINING_PACKAGES,
  SYSTEM_PYTHON,
  buildVenv,
  probePython,
  venvIsCurrent,
} from './lib/python.mjs';

const MIN_NODE = [20, 19];
const report = [];
const say = (line) => {
  report.push(line);
  console.log(`setup: ${line}`);
};
const fail = (line) => {
  console.error(`setup failed: ${line}`);
  process.exit(1);
};

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, {
    cwd: ROOT,
    stdio: opts.quiet ? 'pipe' : 'inherit',
    encoding: 'utf8',
    env: { ...process.env, ...opts.env },
  });
  return { ok: r.status === 0, out: `${r.stdout ?? ''}${r.stderr ?? ''}`, status: r.status };
}

// 1. Node version
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < MIN_NODE[0] || (major === MIN_NODE[0] && minor < MIN_NODE[1])) {
  fail(
    `Node ${process.versions.node} is too old: SignBridge needs Node ${MIN_NODE.join('.')} or newer`,
  );
}

// 2. Dependencies: `npm ci` when node_modules is missing or older than the lockfile.
const lock = path.join(ROOT, 'package-lock.json');
const installed = path.join(ROOT, 'node_modules', '.package-lock.json');
if (!fs.existsSync(installed) || stampTime(installed) < stampTime(lock)) {
  say('installing dependencies (npm ci)…');
  // Electron's own download is skipped here (allowScripts in package.json) and tried below.
  const r = run('npm', ['ci', '--no-audit', '--no-fund'], {
    env: { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
  });
  if (!r.ok) fail('npm ci failed (see above): check the npm registry is reachable');
  say('dependencies installed');
} else {
  say('dependencies are up to date (node_modules matches package-lock.json)');
}

// 3. The Electron binary: optional. Without it `npm start` runs host mode in Chromium.
const electronPath = path.join(ROOT, 'node_modules', 'electron', 'path.txt');
if (fs.existsSync(electronPath)) {
  say('Electron binary present');
} else if (process.env.SIGNBRIDGE_SKIP_ELECTRON === '1') {
  say('Electron binary download skipped (SIGNBRIDGE_SKIP_ELECTRON=1)');
} else {
  const r = run(process.execPath, ['node_modules/electron/install.js'], { quiet: true });
  say(
    r.ok && fs.existsSync(electronPath)
      ? 'Electron binary downloaded'
      : 'Electron binary not available (no access to its download server): that is fine, `npm start` uses host mode in Chromium',
  );
}

// 4. Generated assets: each generator is the source of truth and is rerun only when stale.
const TSX = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const generators = [
  {
    name: 'MediaPipe task bundles',
    script: 'scripts/mediapipe/build-task-bundles.ts',
    out: 'models/mediapipe',
    inputs: ['scripts/mediapipe', 'package-lock.json'],
  },
  {
    name: 'default avatar',
    script: 'scripts/avatar/build-avatar.ts',
    out: 'models/avatars',
    inputs: ['scripts/avatar', 'package-lock.json'],
  },
  {
    name: 'word embeddings',
    script: 'scripts/embeddings/build-embeddings.ts',
    out: 'models/embeddings',
    inputs: ['scripts/embeddings', 'models/ase/lexicon', 'package-lock.json'],
  },
];
for (const g of generators) {
  if (!fs.existsSync(path.join(ROOT, g.script))) {
    say(`${g.name}: generator ${g.script} not present in this version, skipped`);
    continue;
  }
  const stamp = path.join(ROOT, g.out, '.generated');
  const inputsTime = newestMtime(g.inputs.map((p) => path.join(ROOT, p)));
  if (stampTime(stamp) >= inputsTime) {
    say(`${g.name}: up to date in ${g.out}`);
    continue;
  }
  say(`${g.name}: generating into ${g.out}…`);
  const started = Date.now();
  const r = run(process.execPath, [TSX, g.script]);
  if (!r.ok) fail(`${g.name}: ${g.script} exited with ${r.status}`);
  fs.mkdirSync(path.dirname(stamp), { recursive: true });
  fs.writeFileSync(stamp, new Date().toISOString());
  say(`${g.name}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

// 5. The training Python (optional): a venv on Debian's Python and torch with the pinned
// training/requirements.txt. A machine without Debian's torch never trains: it skips, never fails.
const system = probePython(SYSTEM_PYTHON);
if (!system?.torch) {
  say(
    `training Python: ${SYSTEM_PYTHON} ${system ? 'has no torch' : 'is missing'}, so the Python training tests will skip; to enable them: sudo apt-get install -y ${APT_TRAINING_PACKAGES} && npm run setup`,
  );
} else if (venvIsCurrent(system.version)) {
  say('training Python: .venv is up to date (training/requirements.txt unchanged)');
} else {
  say(`training Python: building .venv on ${SYSTEM_PYTHON} ${system.version} (pip, from PyPI)…`);
  const started = Date.now();
  const failed = buildVenv(system.version);
  // Not fatal even in CI: PyPI may be out of reach there; the tests that need the pinned
  // packages skip and say so, everything else runs on Debian's Python and torch.
  say(
    failed
      ? `training Python: not set up, ${failed}; the training tests use ${SYSTEM_PYTHON} and skip what needs the pinned packages (retry: npm run setup)`
      : `training Python: .venv ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

// 6. Build the app.
say('building the app…');
const b = run(process.execPath, ['scripts/build.mjs']);
if (!b.ok) fail('the build failed (see above)');
say('build done: dist/node and dist/renderer');

console.log('\nsetup complete:');
for (const line of report) console.log(`  - ${line}`);
console.log('\nnext: `npm start` to run the app, `npm test` to run the tests');
