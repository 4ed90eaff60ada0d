import fs from 'node:fs';

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

const FIRST_READ_BYTES = 2048;
const CACHE_LIMIT = 20_000;

/**
 * One `data.<pos>` file read by byte offset (positional reads through an open descriptor), so the
 * 15 MB noun file is never held in memory. Parsed synsets are cached.
 */
export class DataFile {
  private readonly cache = new Map<number, Synset>();
  private buf = Buffer.alloc(FIRST_READ_BYTES);

  constructor(
    private readonly fd: number,
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

  close(): void {
    fs.closeSync(this.fd);
  }

  private readLine(offset: number): string {
    let length = 0;
    for (;;) {
      const n = fs.readSync(this.fd, this.buf, length, this.buf.length - length, offset + length);
      length += n;
      const nl = this.buf.indexOf(0x0a);
      if (nl >= 0 && nl < length) return this.buf.toString('utf8', 0, nl);
      if (n === 0) return this.buf.toString('utf8', 0, length);
      // Long synsets (a few hundred pointers) do not fit: grow and read on.
      const bigger = Buffer.alloc(this.buf.length * 2);
      this.buf.copy(bigger, 0, 0, length);
      this.buf = bigger;
    }
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
