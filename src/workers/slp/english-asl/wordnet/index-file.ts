/**
 * One WordNet `index.<pos>` file held as bytes and searched by binary search, as WordNet's own
 * `bin_search` does: lines are sorted bytewise by lemma after a license header whose lines start
 * with two spaces. 0.2–4.8 MB per file; no parsing until a lemma is asked for.
 */
export interface IndexEntry {
  readonly lemma: string;
  /** Synset byte offsets in the matching data file, most frequent sense first. */
  readonly offsets: readonly number[];
  /** How many of those senses are attested in the tagged SemCor corpus (0 for rare words). */
  readonly taggedSenses: number;
}

const NEWLINE = 0x0a;
const SPACE = 0x20;

export class IndexFile {
  private readonly start: number;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly name: string,
  ) {
    let pos = 0;
    while (pos < bytes.length && bytes[pos] === SPACE) {
      const nl = bytes.indexOf(NEWLINE, pos);
      pos = nl < 0 ? bytes.length : nl + 1;
    }
    this.start = pos;
  }

  /** The entry for a lemma (lowercase, words joined by `_`), or undefined. */
  lookup(lemma: string): IndexEntry | undefined {
    const key = Buffer.from(lemma, 'utf8');
    let lo = this.start;
    let hi = this.bytes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const lineStart = this.lineStartAt(mid, lo);
      const cmp = this.compareKey(lineStart, key);
      if (cmp === 0) return this.parse(lineStart);
      if (cmp < 0) {
        // The line's lemma sorts before the key: search after this line.
        const nl = this.bytes.indexOf(NEWLINE, lineStart);
        lo = nl < 0 ? this.bytes.length : nl + 1;
      } else hi = lineStart;
    }
    return undefined;
  }

  private lineStartAt(pos: number, floor: number): number {
    let p = pos;
    while (p > floor && this.bytes[p - 1] !== NEWLINE) p--;
    return p;
  }

  /** Compares the line's first field with the key, bytewise. */
  private compareKey(lineStart: number, key: Uint8Array): number {
    for (let i = 0; ; i++) {
      const b = this.bytes[lineStart + i] ?? SPACE;
      const lineEnded = b === SPACE || b === NEWLINE;
      if (i === key.length) return lineEnded ? 0 : 1;
      if (lineEnded) return -1;
      const k = key[i] ?? 0;
      if (b !== k) return b - k;
    }
  }

  /** `lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt offset…` */
  private parse(lineStart: number): IndexEntry {
    const nl = this.bytes.indexOf(NEWLINE, lineStart);
    const line = Buffer.from(this.bytes.subarray(lineStart, nl < 0 ? undefined : nl)).toString(
      'utf8',
    );
    const f = line.trim().split(' ');
    const synsetCount = Number(f[2]);
    const pointerCount = Number(f[3]);
    const tagged = Number(f[5 + pointerCount]);
    const offsets = f.slice(6 + pointerCount, 6 + pointerCount + synsetCount).map(Number);
    if (
      !Number.isFinite(tagged) ||
      offsets.length !== synsetCount ||
      offsets.some((o) => !Number.isFinite(o))
    ) {
      throw new Error(`${this.name}: malformed index line ${JSON.stringify(line.slice(0, 80))}`);
    }
    return { lemma: f[0] ?? '', offsets, taggedSenses: tagged };
  }
}
