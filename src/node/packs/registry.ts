/**
 * Finds model packs in the app's models/ folder and the user's packs folder, verifies each
 * before use, and hands out only verified packs. A valid user pack with the same id as a bundled
 * one replaces it (that is how a user updates a pack) when it does at least what the bundled one
 * does; one that would take a capability away, or is broken, is reported and ignored.
 */
import fs from 'node:fs';
import path from 'node:path';
import { invalidValueMessage } from '../../shared/errors/invalid';
import { KindedError } from '../../shared/ipc/result';
import { MANIFEST_FILE } from '../../shared/modelpack/manifest';
import type { FileRole, Manifest } from '../../shared/modelpack/manifest';
import type { PackReport } from '../../shared/modelpack/report';
import type { Logger } from '../logger';
import { verifyPackDir } from './verify';

export interface LoadedPack {
  readonly dir: string;
  readonly manifest: Manifest;
}

/** Folders of models/ that hold generated app assets, not packs. */
export const ASSET_DIRS = new Set(['avatars', 'mediapipe', 'embeddings']);

/** Pack folders directly under `root`, or `root` itself when it holds a manifest. */
export function discoverPackDirs(root: string): string[] {
  if (!fs.existsSync(root)) return [];
  if (fs.existsSync(path.join(root, MANIFEST_FILE))) return [root];
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter(
      (d) =>
        d.isDirectory() &&
        !ASSET_DIRS.has(d.name) &&
        fs.existsSync(path.join(root, d.name, MANIFEST_FILE)),
    )
    .map((d) => path.join(root, d.name))
    .sort();
}

/** Capabilities of `earlier` that `later` does not declare. */
function missingCapabilities(earlier: Manifest, later: Manifest): string[] {
  return earlier.capabilities.filter((c) => !later.capabilities.includes(c));
}

export class PackRegistry {
  private reports: PackReport[] = [];
  private readonly packs = new Map<string, LoadedPack>();

  constructor(
    private readonly roots: readonly string[],
    private readonly logger: Logger,
  ) {}

  /** Re-reads and re-verifies every pack. */
  scan(): PackReport[] {
    this.packs.clear();
    this.reports = [];
    for (const dir of this.roots.flatMap(discoverPackDirs)) {
      const { report, manifest } = verifyPackDir(dir);
      this.reports.push(report);
      if (report.ok && manifest !== undefined) {
        const earlier = this.packs.get(manifest.id);
        const lost = earlier ? missingCapabilities(earlier.manifest, manifest) : [];
        if (earlier !== undefined && lost.length > 0) {
          // An "ase" pack for sign → text only must not take text → sign away from the bundled one.
          const message = `pack ${manifest.id} (${dir}) not used: it would replace ${earlier.dir}, which also does ${lost.join(', ')}: give it another id, or declare ${lost.join(', ')} too`;
          this.reports[this.reports.length - 1] = {
            ...report,
            ok: false,
            problems: [
              {
                file: MANIFEST_FILE,
                expected: `capabilities including ${earlier.manifest.capabilities.join(', ')}`,
                actual: manifest.capabilities.join(', ') || 'none',
                message,
              },
            ],
          };
          this.logger.log('warn', message);
          continue;
        }
        this.packs.set(manifest.id, { dir, manifest });
      } else {
        // A broken copy never replaces a good one found earlier (e.g. a bundled pack).
        this.logger.log(
          'warn',
          `pack ${report.id} (${dir}) refused: ${report.problems.map((p) => p.message).join('; ')}`,
        );
      }
    }
    return this.reports;
  }

  list(): PackReport[] {
    return this.reports;
  }

  /** A verified pack, or a `bad-pack`/`not-found` error that says why and what exists. */
  get(id: string): LoadedPack {
    const pack = this.packs.get(id);
    if (pack !== undefined) return pack;
    const report = this.reports.find((r) => r.id === id && !r.ok);
    if (report !== undefined) {
      throw new KindedError(
        'bad-pack',
        `pack "${id}" failed verification: ${report.problems.map((p) => p.message).join('; ')}`,
      );
    }
    throw new KindedError(
      'not-found',
      invalidValueMessage('pack', id, this.packs.keys(), 'is not installed'),
    );
  }

  has(id: string): boolean {
    return this.packs.has(id);
  }

  /** Absolute paths of a pack's files with a role, in manifest order. */
  files(id: string, role: FileRole): string[] {
    const pack = this.get(id);
    return pack.manifest.files
      .filter((f) => f.role === role)
      .map((f) => path.join(pack.dir, f.path));
  }
}
