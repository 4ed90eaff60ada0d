/**
 * What the SLP worker holds once configured: a pack's signs, its text → gloss engine and the
 * avatar's skeleton. Text or glosses in, a motion clip out.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readMotionSkeleton } from '../../shared/avatar';
import type { SignLexicon } from '../../shared/lexicon/sign-lexicon';
import { synthesize } from '../../shared/motion';
import type { Skeleton } from '../../shared/motion';
import type { T2gResult } from '../../shared/text/result';
import { loadSignLexicon } from './lexicon/load-lexicon';
import { addRecordingIndex, packRecordings, type RecordingLibrary } from './recordings/library';
import { signWithRecordings } from './recordings/utterance';
import { FINGERSPELL_PREFIX } from '../../shared/text/result';
import { openT2gEngine } from './t2g/engine';
import type { T2gEngine } from './t2g/engine';
import type { SignedUtterance, SlpConfig, SlpConfigured } from './tasks';

export class Signer {
  private constructor(
    readonly config: SlpConfig,
    private readonly lexicon: SignLexicon,
    private readonly t2g: T2gEngine | undefined,
    private readonly skeleton: Skeleton | undefined,
    readonly info: SlpConfigured,
    private readonly recordings: RecordingLibrary,
  ) {}

  /**
   * Adds recorded signs from an index.csv (spoken-to-signed layout, read in place) for the pack's
   * sign language; returns how many rows were taken. These glosses are then signed from their
   * recordings instead of SiGML.
   */
  addRecordings(indexCsv: string): number {
    return addRecordingIndex(this.recordings, indexCsv, this.config.pack.manifest.signLanguage);
  }

  static async open(config: SlpConfig): Promise<Signer> {
    const started = performance.now();
    const { lexicon, problems } = loadSignLexicon(config.pack);
    const warnings = [...problems];
    let t2g: T2gEngine | undefined;
    if (config.withT2g !== false) {
      try {
        t2g = await openT2gEngine(config.pack, {
          embeddingsDir: config.embeddingsDir,
          device: config.device,
        });
        warnings.push(...t2g.warnings);
      } catch (e) {
        warnings.push(`text → gloss unavailable: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    let skeleton: Skeleton | undefined;
    let avatar = 'average adult proportions (no avatar file)';
    if (config.avatarPath !== undefined) {
      try {
        skeleton = readMotionSkeleton(
          fs.readFileSync(config.avatarPath),
          path.basename(config.avatarPath),
        );
        avatar = path.basename(config.avatarPath);
      } catch (e) {
        warnings.push(
          `avatar ${config.avatarPath} unreadable, signing on average proportions: ${e instanceof Error ? e.message : String(e)}`,
        );
      }
    }
    const info: SlpConfigured = {
      packId: config.pack.manifest.id,
      signs: lexicon.size,
      alphabet: lexicon.alphabet.length,
      t2g: t2g?.kind ?? 'none',
      avatar,
      warnings,
      loadMs: performance.now() - started,
    };
    const recordings = packRecordings({ dir: config.pack.dir, manifest: config.pack.manifest });
    return new Signer(config, lexicon, t2g, skeleton, info, recordings);
  }

  async say(text: string): Promise<SignedUtterance> {
    if (this.t2g === undefined)
      throw new Error(
        `pack ${this.info.packId} has no text → gloss engine: ${this.info.warnings.join('; ')}`,
      );
    const t0 = performance.now();
    const t2g = await this.t2g.translate(text);
    const t2gMs = performance.now() - t0;
    return this.sign(t2g, t2gMs);
  }

  glosses(glosses: readonly string[], nonManual: T2gResult['nonManual'] = []): SignedUtterance {
    const t2g: T2gResult = {
      signs: glosses.map((g) => ({ gloss: g, resolved: 'sign', from: g })),
      nonManual,
    };
    return this.sign(t2g, 0);
  }

  private sign(t2g: T2gResult, t2gMs: number): SignedUtterance {
    const t1 = performance.now();
    const glosses = t2g.signs.map((s) => s.gloss);
    if (glosses.some((g) => !g.startsWith(FINGERSPELL_PREFIX) && this.recordings.has(g))) {
      const r = signWithRecordings(glosses, t2g.nonManual, this.lexicon, this.recordings, {
        fps: this.config.fps,
        skeleton: this.skeleton,
      });
      return {
        t2g,
        unresolved: r.unresolved,
        clip: r.clip,
        warnings: r.warnings,
        timings: { t2gMs, synthMs: performance.now() - t1 },
      };
    }
    const { items, unresolved } = this.lexicon.resolve(t2g.signs.map((s) => s.gloss));
    // Spans index the t2g signs; drop the unresolved ones and shift the spans to match.
    const keep = t2g.signs.map((s) => !unresolved.some((u) => u.gloss === s.gloss));
    const nonManual = remapSpans(t2g.nonManual, keep);
    const clip =
      items.length === 0
        ? undefined
        : synthesize(items, { fps: this.config.fps, skeleton: this.skeleton, nonManual });
    return { t2g, unresolved, clip, timings: { t2gMs, synthMs: performance.now() - t1 } };
  }

  async dispose(): Promise<void> {
    await this.t2g?.dispose();
  }
}

/** Re-indexes spans over the signs that were kept; a span left empty is dropped. */
export function remapSpans(
  spans: T2gResult['nonManual'],
  keep: readonly boolean[],
): T2gResult['nonManual'] {
  const index: number[] = [];
  let n = 0;
  for (const k of keep) {
    index.push(n);
    if (k) n++;
  }
  index.push(n);
  return spans
    .map((s) => ({ ...s, start: index[s.start] ?? n, end: index[s.end] ?? n }))
    .filter((s) => s.end > s.start);
}
