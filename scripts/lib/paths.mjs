// Paths every script agrees on. Plain .mjs so it runs before anything is built.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SRC = path.join(ROOT, 'src');
export const DIST = path.join(ROOT, 'dist');
export const DIST_NODE = path.join(DIST, 'node');
export const DIST_RENDERER = path.join(DIST, 'renderer');
export const MODELS = path.join(ROOT, 'models');
