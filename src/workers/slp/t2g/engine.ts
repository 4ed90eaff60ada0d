/**
 * Text → gloss engines by pack: the manifest names the engine (`t2gEngine`; older packs get the
 * one their files imply, see t2gEngineOf), and T2G_ENGINES holds a factory per name: a learned
 * seq2seq model (e.g. gsg-phoenix) or the English rules with lexicon retrieval (pack ase). One
 * interface, so the SLP worker and the CLI treat them alike.
 */
import type { Manifest, T2gEngineName } from '../../../shared/modelpack/manifest';
import { T2G_ENGINE_NAMES } from '../../../shared/modelpack/manifest';
import { t2gEngineOf } from '../../../shared/modelpack/t2g-engine';
import type { DevicePreference } from '../../../shared/settings/schema';
import { glossLine, translateEnglish } from '../../../shared/text';
import type { T2gResult } from '../../../shared/text';
import { loadEnglishResources } from '../english-asl';
import { readLines, Seq2seqRunner, translateLines } from '../seq2seq';

export interface T2gEngine {
  readonly kind: T2gEngineName;
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

type T2gPack = { dir: string; manifest: Manifest };

/** One factory per engine name a manifest can give. */
const T2G_ENGINES: Readonly<
  Record<T2gEngineName, (pack: T2gPack, opts: OpenT2gOptions) => Promise<T2gEngine>>
> = {
  seq2seq: async (pack, opts) => {
    const runner = await Seq2seqRunner.open(pack.dir, { device: opts.device ?? 'cpu' });
    return {
      kind: 'seq2seq',
      warnings: [],
      translate: (text) => runner.translate(text),
      translateLines: (lines) => translateLines(runner, lines),
      dispose: () => runner.dispose(),
    };
  },
  'english-rules': async (pack, opts) => {
    const res = loadEnglishResources(pack.dir, opts.embeddingsDir);
    return {
      kind: 'english-rules',
      warnings: res.warnings,
      translate: async (text) => translateEnglish(text, res),
      translateLines: async (lines) => lines.map((l) => glossLine(translateEnglish(l, res))),
      dispose: async () => res.dispose(),
    };
  },
};

export async function openT2gEngine(pack: T2gPack, opts: OpenT2gOptions): Promise<T2gEngine> {
  const engine = t2gEngineOf(pack.manifest);
  if (engine === undefined) {
    throw new Error(
      `pack "${pack.manifest.id}" cannot translate text to glosses: it needs t2g-encoder and t2g-decoder files, ` +
        `or a lexicon index for English (its spoken language is ${pack.manifest.spokenLanguage}), ` +
        `or a t2gEngine in its manifest (one of ${T2G_ENGINE_NAMES.join(', ')})`,
    );
  }
  return T2G_ENGINES[engine](pack, opts);
}

export { readLines };
export { embeddingsDirOf } from '../english-asl';
