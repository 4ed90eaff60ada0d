import type { EmbeddingData } from './embedding-file';

/** Word → row lookup and cosine similarity over the quantized vectors. */
export class EmbeddingTable {
  readonly dims: number;
  private readonly rows: Map<string, number>;

  constructor(private readonly data: EmbeddingData) {
    this.dims = data.dims;
    this.rows = new Map();
    // The first occurrence wins: rows are in frequency order.
    data.words.forEach((w, i) => {
      if (!this.rows.has(w)) this.rows.set(w, i);
    });
  }

  get size(): number {
    return this.data.words.length;
  }

  row(word: string): number | undefined {
    return this.rows.get(word);
  }

  /** The unit-length float vector of a row (dequantized). */
  unitVector(row: number): Float32Array {
    const out = new Float32Array(this.dims);
    const inv = this.data.invNorms[row] ?? 0;
    const base = row * this.dims;
    for (let d = 0; d < this.dims; d++) out[d] = (this.data.vectors[base + d] ?? 0) * inv;
    return out;
  }

  /** Unit vector of a phrase: the normalized mean of its words' unit vectors; undefined if any word is missing. */
  phraseVector(words: readonly string[]): Float32Array | undefined {
    if (words.length === 0) return undefined;
    const sum = new Float32Array(this.dims);
    for (const w of words) {
      const r = this.rows.get(w);
      if (r === undefined) return undefined;
      const v = this.unitVector(r);
      for (let d = 0; d < this.dims; d++) sum[d] = (sum[d] ?? 0) + (v[d] ?? 0);
    }
    let sq = 0;
    for (let d = 0; d < this.dims; d++) sq += (sum[d] ?? 0) ** 2;
    if (sq === 0) return undefined;
    const inv = 1 / Math.sqrt(sq);
    for (let d = 0; d < this.dims; d++) sum[d] = (sum[d] ?? 0) * inv;
    return sum;
  }
}
