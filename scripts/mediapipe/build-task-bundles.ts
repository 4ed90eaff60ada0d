/**
 * Builds models/mediapipe/: the MediaPipe Holistic task bundle (from the models the
 * @mediapipe/holistic npm package ships, with TFLite metadata added) and copies of the
 * tasks-vision WASM runtime and the legacy Holistic solution, so the renderer loads everything
 * from the app's own origin, offline. Reproducible: the same npm packages give the same bytes.
 *
 *   npx tsx scripts/mediapipe/build-task-bundles.ts [--out DIR] [--json]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ASSETS_MANIFEST,
  LEGACY_HOLISTIC_DIR,
  LEGACY_HOLISTIC_FILES,
  TASKS_VISION_DIR,
  TASKS_VISION_WASM,
} from '../../src/renderer/perception/assets';
import { BUNDLES, type BundleName } from './lib/bundles';
import { buildBundle } from './lib/build';
import { HolisticPackage } from './lib/holistic-package';
import { writeIfChanged, type WrittenFile } from './lib/output';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_OUT = path.join(ROOT, 'models', 'mediapipe');
const NODE_MODULES = path.join(ROOT, 'node_modules');

export interface MediapipeAssetsManifest {
  readonly generator: string;
  readonly packages: Record<string, string>;
  readonly files: readonly { path: string; bytes: number; sha256: string }[];
}

function packageVersion(name: string): string {
  const file = path.join(NODE_MODULES, name, 'package.json');
  if (!fs.existsSync(file))
    throw new Error(`${name} not found in ${NODE_MODULES}: run npm ci first`);
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
}

function copyRuntimeFiles(outDir: string): WrittenFile[] {
  const written: WrittenFile[] = [];
  const tasksWasm = path.join(NODE_MODULES, '@mediapipe', 'tasks-vision', 'wasm');
  for (const { loader, binary } of Object.values(TASKS_VISION_WASM)) {
    for (const name of [loader, binary]) {
      const data = new Uint8Array(fs.readFileSync(path.join(tasksWasm, name)));
      written.push(writeIfChanged(outDir, `${TASKS_VISION_DIR}/${name}`, data));
    }
  }
  const holistic = path.join(NODE_MODULES, '@mediapipe', 'holistic');
  for (const name of LEGACY_HOLISTIC_FILES) {
    const data = new Uint8Array(fs.readFileSync(path.join(holistic, name)));
    written.push(writeIfChanged(outDir, `${LEGACY_HOLISTIC_DIR}/${name}`, data));
  }
  return written;
}

/** Builds every bundle and copies the runtimes into `outDir`; returns what is there. */
export function buildMediapipeAssets(
  outDir = DEFAULT_OUT,
  log: (line: string) => void = console.log,
): MediapipeAssetsManifest {
  const pkg = new HolisticPackage(path.join(NODE_MODULES, '@mediapipe', 'holistic'));
  const written: WrittenFile[] = [];
  for (const bundle of Object.keys(BUNDLES) as BundleName[]) {
    written.push(writeIfChanged(outDir, bundle, buildBundle(pkg, bundle)));
  }
  written.push(...copyRuntimeFiles(outDir));
  const manifest: MediapipeAssetsManifest = {
    generator: 'scripts/mediapipe/build-task-bundles.ts',
    packages: {
      '@mediapipe/holistic': pkg.version,
      '@mediapipe/tasks-vision': packageVersion('@mediapipe/tasks-vision'),
    },
    files: written.map(({ path: p, bytes, sha256 }) => ({ path: p, bytes, sha256 })),
  };
  const manifestBytes = new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`);
  const manifestFile = writeIfChanged(outDir, ASSETS_MANIFEST, manifestBytes);
  for (const f of [...written, manifestFile]) {
    const size = `${(f.bytes / 1e6).toFixed(2)} MB`.padStart(10);
    log(`${f.changed ? 'wrote    ' : 'unchanged'} ${size}  ${f.sha256}  ${f.path}`);
  }
  return manifest;
}

function parseArgs(argv: string[]): { out: string; json: boolean } {
  let out = DEFAULT_OUT;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') json = true;
    else if (arg === '--out' && argv[i + 1] !== undefined) out = path.resolve(argv[++i] ?? out);
    else throw new Error(`unknown argument "${arg}": expected --out DIR or --json`);
  }
  return { out, json };
}

if (
  process.argv[1] !== undefined &&
  fileURLToPath(import.meta.url) === path.resolve(process.argv[1])
) {
  try {
    const { out, json } = parseArgs(process.argv.slice(2));
    // With --json, stdout carries only the manifest; the human-readable table goes to stderr.
    const log = json ? console.error : console.log;
    log(`MediaPipe assets → ${path.relative(process.cwd(), out) || '.'}`);
    const manifest = buildMediapipeAssets(out, log);
    if (json) console.log(JSON.stringify(manifest, null, 2));
  } catch (e) {
    console.error(`build-task-bundles: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}
