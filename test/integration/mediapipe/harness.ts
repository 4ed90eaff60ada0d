import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { LEGACY_HOLISTIC_DIR } from '../../../src/renderer/perception/assets';
import {
  buildMediapipeAssets,
  type MediapipeAssetsManifest,
} from '../../../scripts/mediapipe/build-task-bundles';
import { sharedPath } from '../../helpers/shared';
import { startStaticServer, type StaticServer } from './static-server';

const PAGE_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'page');

const LEGACY_ONLY_BASE = '/models/legacy-only';

/**
 * The Content-Security-Policy the app should send (host mode and Electron); the perception tests
 * run under it, so it is known to let both MediaPipe backends work: WebAssembly needs
 * 'wasm-unsafe-eval', the tasks-vision Worker is a same-origin module, and nothing connects out.
 */
export const PERCEPTION_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
].join('; ');

export interface PerceptionHarness {
  readonly server: StaticServer;
  /** The test page with window.signbridgePerception. */
  readonly pageUrl: string;
  readonly assetsBaseUrl: string;
  /** A base URL that holds the legacy solution but no task bundle. */
  readonly legacyOnlyBaseUrl: string;
  /** ../shared/fixtures/images, served in place. */
  readonly imagesUrl: string;
  readonly manifest: MediapipeAssetsManifest;
  readonly assetsDir: string;
  close(): Promise<void>;
}

/**
 * Builds the MediaPipe assets (with the set-up script's own code) and the test page (with Vite,
 * as the renderer is built) into a temporary folder and serves them with the shared images.
 */
export async function startPerceptionHarness(): Promise<PerceptionHarness> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'signbridge-perception-'));
  const assetsDir = path.join(tmp, 'mediapipe');
  const pageOut = path.join(tmp, 'page');
  const manifest = buildMediapipeAssets(assetsDir, () => undefined);
  await build({
    configFile: false,
    root: PAGE_DIR,
    base: './',
    logLevel: 'error',
    build: { outDir: pageOut, emptyOutDir: true, target: 'es2022', sourcemap: true },
    worker: { format: 'es' },
  });
  const server = await startStaticServer(
    [
      { prefix: '/models/mediapipe/', dir: assetsDir },
      // The legacy files alone, without the task bundle: a base URL where tasks-vision fails.
      {
        prefix: `${LEGACY_ONLY_BASE}/${LEGACY_HOLISTIC_DIR}/`,
        dir: path.join(assetsDir, LEGACY_HOLISTIC_DIR),
      },
      { prefix: '/fixtures/images/', dir: sharedPath('fixtures', 'images') },
      { prefix: '/', dir: pageOut },
    ],
    {},
    { 'content-security-policy': PERCEPTION_CSP },
  );
  return {
    server,
    pageUrl: `${server.url}/index.html`,
    assetsBaseUrl: `${server.url}/models/mediapipe`,
    legacyOnlyBaseUrl: `${server.url}${LEGACY_ONLY_BASE}`,
    imagesUrl: `${server.url}/fixtures/images`,
    manifest,
    assetsDir,
    async close() {
      await server.close();
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}
