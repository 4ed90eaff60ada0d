#!/usr/bin/env node
// `npm run cuda:install`: fetches onnxruntime-node's CUDA 12 execution provider (from NuGet, via
// the package's own install script). Needs network access and an NVIDIA GPU with CUDA 12; without
// it SignBridge runs on CPU and says so in Settings.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './lib/paths.mjs';

if (process.platform !== 'linux' || process.arch !== 'x64') {
  console.error(
    `the CUDA provider is installed this way on linux-x64 only (this is ${process.platform}-${process.arch}); on Windows choose DirectML in Settings`,
  );
  process.exit(2);
}
const script = path.join(ROOT, 'node_modules', 'onnxruntime-node', 'script', 'install.js');
const r = spawnSync(process.execPath, [script, '--onnxruntime-node-install=cuda12'], {
  cwd: path.dirname(path.dirname(script)),
  stdio: 'inherit',
  // The project's .npmrc sets npm_config_onnxruntime_node_install=skip for every npm script: override it.
  env: {
    ...process.env,
    ONNXRUNTIME_NODE_INSTALL: 'cuda12',
    npm_config_onnxruntime_node_install: 'cuda12',
  },
});
if (r.status !== 0) {
  console.error(
    'the CUDA provider could not be installed (see above): SignBridge keeps running on CPU',
  );
  process.exit(r.status ?? 1);
}
console.log(
  'CUDA provider installed: choose "NVIDIA GPU (CUDA)" or "Automatic" in Settings → Compute device',
);
