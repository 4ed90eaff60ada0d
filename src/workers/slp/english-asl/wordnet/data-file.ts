/** WordNet pointer symbols this reader follows. */
export const POINTER = {
  antonym: '!',
  hypernym: '@',
  instanceHypernym: '@i',
  similarTo: '&',
} as const;

export type SynsetPos = 'n' | 'v' | 'a' | 'r';

export interface Pointer {
  readonly symbol: string;
  readonly offset: number;
  readonly pos: SynsetPos;
  /** Source/target word numbers (1-based) for lexical pointers such as antonyms; 0 = whole synset. */
  readonly sourceWord: number;
  readonly targetWord: number;
}

export interface Synset {
  readonly offset: number;
  /** n, v, a, r, or s (adjective satellite, stored in data.adj). */
  readonly type: string;
  /** Lowercase lemmas with `_` between words, in WordNet's order. */
  readonly words: readonly string[];
  readonly pointers: readonly Pointer[];
}

const CACHE_LIMIT = 20_000;

/**
 * One `data.<pos>` file held in memory (22 MB for all four) and read by byte offset. Positional
 * reads through a descriptor kept memory lower, but cost one system call per synset: a sentence
 * with new words touches a few hundred synsets (senses, hypernyms, the sibling guard), which made
 * `readSync` a third of the time of translating a sentence seen for the first time. Parsed
 * synsets are cached.
 */
export class DataFile {
  private readonly cache = new Map<number, Synset>();

  constructor(
    private readonly bytes: Buffer,
    private readonly name: string,
  ) {}

  synset(offset: number): Synset {
    const hit = this.cache.get(offset);
    if (hit !== undefined) return hit;
    const s = parseDataLine(this.readLine(offset), this.name);
    if (s.offset !== offset) {
      throw new Error(
        `${this.name}: byte ${offset} holds synset ${s.offset}: the index does not match the data file`,
      );
    }
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(offset, s);
    return s;
  }

  private readLine(offset: number): string {
    if (!Number.isInteger(offset) || offset < 0 || offset >= this.bytes.length) {
      throw new Error(
        `${this.name}: synset offset ${offset} is outside the file (0–${this.bytes.length - 1})`,
      );
    }
    const nl = this.bytes.indexOf(0x0a, offset);
    return this.bytes.toString('utf8', offset, nl < 0 ? this.bytes.length : nl);
  }
}

/** `offset lex_filenum ss_type w_cnt(hex) word lex_id … p_cnt ptr… [frames] | gloss` */
export function parseDataLine(line: string, name: string): Synset {
  const bar = line.indexOf(' | ');
  const f = (bar < 0 ? line : line.slice(0, bar)).trim().split(' ');
  const wordCount = parseInt(f[3] ?? '', 16);
  const words: string[] = [];
  let i = 4;
  for (let w = 0; w < wordCount; w++, i += 2) {
    // Adjectives may carry a syntactic marker: "galore(ip)".
    words.push((f[i] ?? '').replace(/\(.*\)$/, '').toLowerCase());
  }
  const pointerCount = Number(f[i]);
  i++;
  const pointers: Pointer[] = [];
  for (let p = 0; p < pointerCount; p++, i += 4) {
    const st = f[i + 3] ?? '0000';
    const pos = f[i + 2] === 's' ? 'a' : f[i + 2];
    pointers.push({
      symbol: f[i] ?? '',
      offset: Number(f[i + 1]),
      pos: pos as SynsetPos,
      sourceWord: parseInt(st.slice(0, 2), 16),
      targetWord: parseInt(st.slice(2, 4), 16),
    });
  }
  const offset = Number(f[0]);
  if (!Number.isFinite(offset) || !Number.isFinite(wordCount) || !Number.isFinite(pointerCount)) {
    throw new Error(`${name}: malformed data line ${JSON.stringify(line.slice(0, 80))}`);
  }
  return { offset, type: f[2] ?? '', words, pointers };
}
