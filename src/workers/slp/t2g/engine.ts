/**
 * Text → gloss engines by pack: a learned seq2seq model where the pack has one (e.g.
 * gsg-phoenix), otherwise the English rules with lexicon retrieval (pack ase). One interface, so
 * the SLP worker and the CLI treat them alike.
 */
import path from 'node:path';
import type { Manifest } from '../../../shared/modelpack/manifest';
import type { DevicePreference } from '../../../shared/settings/schema';
import { glossLine, translateEnglish } from '../../../shared/text';
import type { T2gResult } from '../../../shared/text';
import { loadEnglishResources } from '../english';
import { readLines, Seq2seqRunner, translateLines } from '../seq2seq';

export interface T2gEngine {
  readonly kind: 'english-rules' | 'seq2seq';
  /** Warnings from loading (a retrieval step that is off, and why). */
  readonly warnings: readonly string[];
  translate(text: string): Promise<T2gResult>;
  /** One sentence per line in, one gloss line per line out. */
  translateLines(lines: readonly string[]): Promise<string[]>;
  dispose(): Promise<void>;
}

export interface OpenT2gOptions {
  readonly embeddingsDir: string;
  readonly device?: DevicePreference;
}

export async function openT2gEngine(
  pack: { dir: string; manifest: Manifest },
  opts: OpenT2gOptions,
): Promise<T2gEngine> {
  const roles = new Set(pack.manifest.files.map((f) => f.role));
  if (roles.has('t2g-encoder') && roles.has('t2g-decoder')) {
    const runner = await Seq2seqRunner.open(pack.dir, { device: opts.device ?? 'cpu' });
    return {
      kind: 'seq2seq',
      warnings: [],
      translate: (text) => runner.translate(text) as Promise<T2gResult>,
      translateLines: (lines) => translateLines(runner, lines),
      dispose: () => runner.dispose(),
    };
  }
  if (roles.has('lexicon-index') && pack.manifest.spokenLanguage.startsWith('en')) {
    const res = loadEnglishResources(pack.dir, opts.embeddingsDir);
    return {
      kind: 'english-rules',
      warnings: res.warnings,
      translate: async (text) => translateEnglish(text, res),
      translateLines: async (lines) => lines.map((l) => glossLine(translateEnglish(l, res))),
      dispose: async () => res.dispose(),
    };
  }
  throw new Error(
    `pack "${pack.manifest.id}" cannot translate text to glosses: it needs t2g-encoder and t2g-decoder files, ` +
      `or a lexicon index for English (its spoken language is ${pack.manifest.spokenLanguage})`,
  );
}

export { readLines };
export const embeddingsDirOf = (modelsDir: string): string => path.join(modelsDir, 'embeddings');
