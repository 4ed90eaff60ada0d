import type { KeywordGloss } from '../lexicon-index';
import type { EmbeddingTable } from './embedding-table';

export interface NearestMatch {
  readonly keyword: string;
  readonly gloss: string;
  /** Cosine similarity in [-1, 1]. */
  readonly score: number;
}

/**
 * The lexicon's one-word keywords as one dense matrix of unit vectors, so the nearest keyword to
 * a word is one pass of dot products (a few hundred keywords × 100 dims: tens of microseconds).
 * Phrase keywords are left out: the averaged vector of "hand over" or "sign here" sits next to
 * its content word and pulled "hand" onto GIVE; phrases are still found by exact lookup.
 */
export class NearestKeywordIndex {
  private readonly matrix: Float32Array;
  private readonly keys: KeywordGloss[] = [];
  /** Lexicon keywords with no vector (rare words the set-up file does not hold). */
  readonly unembedded: string[] = [];

  constructor(
    private readonly table: EmbeddingTable,
    keywords: readonly KeywordGloss[],
  ) {
    const vecs: Float32Array[] = [];
    for (const k of keywords) {
      // Phrases, contractions, digits and single letters are never a nearest-word target (numbers are
      // normalized, letters spelled, contractions expanded): leave them out, not reported missing.
      if (/[ ']/.test(k.keyword) || !/\p{L}{2}/u.test(k.keyword)) continue;
      const v = table.phraseVector(k.keyword.split('-'));
      if (v === undefined) this.unembedded.push(k.keyword);
      else {
        vecs.push(v);
        this.keys.push(k);
      }
    }
    this.matrix = new Float32Array(vecs.length * table.dims);
    vecs.forEach((v, i) => this.matrix.set(v, i * table.dims));
  }

  get size(): number {
    return this.keys.length;
  }

  /** Cosine similarity of two words or phrases, or undefined when either has no vector. */
  similarity(a: string, b: string): number | undefined {
    const va = this.table.phraseVector(a.split(/[ -]/));
    const vb = this.table.phraseVector(b.split(/[ -]/));
    if (va === undefined || vb === undefined) return undefined;
    let dot = 0;
    for (let d = 0; d < va.length; d++) dot += (va[d] ?? 0) * (vb[d] ?? 0);
    return dot;
  }

  hasVector(word: string): boolean {
    return this.table.row(word) !== undefined;
  }

  /**
   * The `k` keywords closest to `word` (best first), leaving out `word` itself; empty when the
   * word has no vector.
   */
  nearest(word: string, k = 1): NearestMatch[] {
    const row = this.table.row(word);
    if (row === undefined || k <= 0) return [];
    const q = this.table.unitVector(row);
    const dims = this.table.dims;
    const top: { i: number; score: number }[] = [];
    for (let i = 0; i < this.keys.length; i++) {
      if (this.keys[i]?.keyword === word) continue;
      let dot = 0;
      const base = i * dims;
      for (let d = 0; d < dims; d++) dot += (q[d] ?? 0) * (this.matrix[base + d] ?? 0);
      if (top.length === k && dot <= (top[k - 1]?.score ?? -Infinity)) continue;
      let at = top.length;
      while (at > 0 && (top[at - 1]?.score ?? 0) < dot) at--;
      top.splice(at, 0, { i, score: dot });
      if (top.length > k) top.pop();
    }
    return top.flatMap(({ i, score }) => {
      const key = this.keys[i];
      return key === undefined ? [] : [{ keyword: key.keyword, gloss: key.gloss, score }];
    });
  }
}
