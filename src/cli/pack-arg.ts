import fs from 'node:fs';
import path from 'node:path';
import type { LoadedPack } from '../node/packs/registry';
import { PackRegistry } from '../node/packs/registry';
import { verifyPackDir } from '../node/packs/verify';
import { defaultUserDataDir, modelsDir } from '../node/paths';
import { silentLogger } from '../node/logger';
import { MANIFEST_FILE } from '../shared/modelpack/manifest';

/**
 * `--pack <id or folder>`: a folder with a manifest, or a pack id looked up in models/ and the
 * user's packs. Either way it is verified first; a damaged pack is refused with its problems.
 */
export function resolvePack(arg: string): LoadedPack {
  if (fs.existsSync(path.join(arg, MANIFEST_FILE))) {
    const { report, manifest } = verifyPackDir(path.resolve(arg));
    if (!report.ok || manifest === undefined) {
      throw new Error(
        `pack ${arg} failed verification: ${report.problems.map((p) => `${p.message} (expected ${p.expected}, actual ${p.actual})`).join('; ')}`,
      );
    }
    return { dir: path.resolve(arg), manifest };
  }
  const registry = new PackRegistry(
    [modelsDir(), path.join(defaultUserDataDir(), 'packs')],
    silentLogger,
  );
  registry.scan();
  return registry.get(arg);
}
