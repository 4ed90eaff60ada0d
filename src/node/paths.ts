/**
 * Where the app's files are. The app root is found by walking up to SignBridge's package.json,
 * which works from src/ (tests), dist/node/ (built) and inside an Electron asar alike.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const APP_NAME = 'SignBridge';
const PACKAGE_NAME = 'signbridge';

let resourcesOverride: string | undefined;

export function appRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg)) {
      try {
        if ((JSON.parse(fs.readFileSync(pkg, 'utf8')) as { name?: string }).name === PACKAGE_NAME)
          return dir;
      } catch {
        // not ours: keep walking
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir)
      throw new Error(
        `cannot find ${PACKAGE_NAME}'s package.json above ${fileURLToPath(import.meta.url)}`,
      );
    dir = parent;
  }
}

/** Packaged Electron keeps models and workers outside the asar; it sets this at start-up. */
export function setResourcesDir(dir: string): void {
  resourcesOverride = dir;
}

/** Folder holding models/ (packs, avatars, MediaPipe bundles). */
export function resourcesDir(): string {
  return resourcesOverride ?? appRoot();
}

export function modelsDir(): string {
  return path.join(resourcesDir(), 'models');
}

export function distDir(): string {
  return path.join(appRoot(), 'dist');
}

/**
 * Worker threads load their script from the real file system, so the packaged app keeps
 * dist/node unpacked beside the asar (electron-builder.yml: asarUnpack).
 */
export function workerScript(name: 'slt' | 'slp' | 'synth'): string {
  const file = path.join(distDir(), 'node', 'workers', `${name}.worker.mjs`);
  return file.replace(`${path.sep}app.asar${path.sep}`, `${path.sep}app.asar.unpacked${path.sep}`);
}

export function rendererDir(): string {
  return path.join(distDir(), 'renderer');
}

/**
 * Per-user data (settings, transcripts, user packs). Same folder Electron's app.getPath('userData')
 * uses, so host mode and the Electron app share settings. SIGNBRIDGE_DATA_DIR overrides it (tests).
 */
export function defaultUserDataDir(): string {
  const override = process.env.SIGNBRIDGE_DATA_DIR;
  if (override) return path.resolve(override);
  const home = os.homedir();
  switch (process.platform) {
    case 'win32':
      return path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
    case 'darwin':
      return path.join(home, 'Library', 'Application Support', APP_NAME);
    default:
      return path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_NAME);
  }
}
