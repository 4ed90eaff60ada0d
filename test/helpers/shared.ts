import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

/** Project root, found from this file so tests can run from any working directory. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * `../shared` beside the project: third-party data for tests and evaluation only. It is absent on
 * a user's fresh clone, so every test that needs it goes through `describeShared`, which skips
 * with a message naming what is missing.
 */
export const SHARED_DIR = process.env.SIGNBRIDGE_SHARED_DIR ?? path.resolve(ROOT, '..', 'shared');

export function sharedPath(...parts: string[]): string {
  return path.join(SHARED_DIR, ...parts);
}

export function hasShared(...parts: string[]): boolean {
  return fs.existsSync(sharedPath(...parts));
}

/** `describe` that skips, naming the missing path, when a ../shared file is not there. */
export function describeShared(name: string, needs: string[], fn: () => void): void {
  const missing = needs.filter((p) => !hasShared(p));
  if (missing.length > 0) {
    // A skipped describe still runs its body to collect the tests, and these bodies may read the
    // very files that are missing: collect one placeholder test instead of `fn`.
    const reason = `${missing.map((m) => sharedPath(m)).join(', ')} not found`;
    describe.skip(`${name} (skipped: ${reason})`, () => {
      it(`needs ${reason}`, () => undefined);
    });
  } else {
    describe(name, fn);
  }
}
