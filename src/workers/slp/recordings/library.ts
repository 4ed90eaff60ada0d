/**
 * The recorded signs a signer may use: gloss → `.pose` file (from the pack's lexicon index, or an
 * index.csv given to `cli slp --recordings`, read in place). Clips are decoded and retargeted on
 * first use and kept per gloss; a file that cannot be used is reported once and the gloss falls
 * back to its SiGML sign.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Manifest } from '../../../shared/modelpack/manifest';
import { LexiconIndexSchema } from '../../../shared/lexicon/schema';
import { parseRecordingIndexCsv, type RecordingEntry } from '../../../shared/lexicon/recordings';
import type { Clip } from '../../../shared/motion/clip';
import { retargetPoseFile } from '../../../shared/motion/retarget';
import type { Skeleton } from '../../../shared/motion/skeleton';

interface Located extends RecordingEntry {
  /** Absolute path of the clip. */
  readonly at: string;
}

export class RecordingLibrary {
  private readonly byGloss = new Map<string, Located>();
  private readonly clips = new Map<string, Clip>();
  private readonly failed = new Map<string, string>();

  get size(): number {
    return this.byGloss.size;
  }

  /** Adds entries whose files are relative to `dir`; a later entry for a gloss replaces an earlier. */
  add(entries: readonly RecordingEntry[], dir: string): void {
    for (const e of entries) {
      this.byGloss.set(e.gloss.toUpperCase(), { ...e, at: path.join(dir, e.file) });
      this.clips.delete(e.gloss.toUpperCase());
    }
  }

  has(gloss: string): boolean {
    const key = gloss.toUpperCase();
    return this.byGloss.has(key) && !this.failed.has(key);
  }

  /**
   * The gloss's recording retargeted onto `sk`, or an Error naming the file when it cannot be
   * read or used (reported by the caller; the gloss then falls back to SiGML).
   */
  clip(gloss: string, sk: Skeleton): Clip | Error | undefined {
    const key = gloss.toUpperCase();
    const e = this.byGloss.get(key);
    if (e === undefined) return undefined;
    const cached = this.clips.get(key);
    if (cached !== undefined) return cached;
    const failure = this.failed.get(key);
    if (failure !== undefined) return new Error(failure);
    try {
      const clip = retargetPoseFile(new Uint8Array(fs.readFileSync(e.at)), sk, {
        gloss,
        name: e.at,
        start: e.start,
        end: e.end,
      });
      this.clips.set(key, clip);
      return clip;
    } catch (err) {
      const message =
        err instanceof Error && err.message.includes(e.at)
          ? err.message
          : `recording ${e.at} of "${gloss}" cannot be read: ${err instanceof Error ? err.message : String(err)}`;
      this.failed.set(key, message);
      return new Error(message);
    }
  }
}

/** The recordings a pack's lexicon index lists (files relative to its lexicon folder). */
export function packRecordings(pack: { dir: string; manifest: Manifest }): RecordingLibrary {
  const lib = new RecordingLibrary();
  const indexFile = pack.manifest.files.find((x) => x.role === 'lexicon-index');
  if (indexFile === undefined) return lib;
  const parsed = LexiconIndexSchema.safeParse(
    JSON.parse(fs.readFileSync(path.join(pack.dir, indexFile.path), 'utf8')),
  );
  // An invalid index is reported by the lexicon loader; its recordings are simply not used.
  if (parsed.success && parsed.data.recordings)
    lib.add(parsed.data.recordings, path.dirname(path.join(pack.dir, indexFile.path)));
  return lib;
}

/** Adds the rows of an index.csv (spoken-to-signed layout) for the pack's sign language. */
export function addRecordingIndex(
  lib: RecordingLibrary,
  csv: string,
  signLanguage: string,
): number {
  const entries = parseRecordingIndexCsv(fs.readFileSync(csv, 'utf8'), csv, signLanguage);
  lib.add(entries, path.dirname(csv));
  return entries.length;
}
