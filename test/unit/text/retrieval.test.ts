import { describe, expect, it } from 'vitest';
import {
  buildLexiconIndex,
  decodeEmbeddingFile,
  EmbeddingTable,
  encodeEmbeddingFile,
  NEAREST_THRESHOLD,
  NearestKeywordIndex,
  quantizeVectors,
  retrieve,
  type RetrievalResources,
} from '../../../src/shared/text';
import { realNlp } from './support';

/** A tiny vector space with known angles, so thresholds are tested exactly. */
function table(vectors: Record<string, number[]>): EmbeddingTable {
  const words = Object.keys(vectors);
  const dims = vectors[words[0] ?? '']?.length ?? 0;
  const floats = Float32Array.from(words.flatMap((w) => vectors[w] ?? []));
  const q = quantizeVectors(floats, dims);
  return new EmbeddingTable(decodeEmbeddingFile(encodeEmbeddingFile({ words, dims, ...q })));
}

const unit = (deg: number): number[] => [
  Math.cos((deg * Math.PI) / 180),
  Math.sin((deg * Math.PI) / 180),
  0,
];
const SPACE = table({
  car: unit(0),
  automobile: unit(10), // cos 0.985
  lorry: unit(40), // cos 0.766: below the threshold
  purple: [0, 0, 1],
  yellow: [0, 0.2, 0.98], // cos 0.98 with purple, but a sibling colour
  guy: [0, 1, 0],
  cat: [0.995, 0, 0.1], // far from "guy": WordNet's slang synonym fails the sense check
});
const LEXICON = buildLexiconIndex([
  { gloss: 'CAR', keywords: ['car'] },
  { gloss: 'YELLOW', keywords: ['yellow'] },
  { gloss: 'CAT', keywords: ['cat'] },
]);
const NEAREST = new NearestKeywordIndex(SPACE, LEXICON.entries);

describe('retrieval chain: lexicon → WordNet → nearest keyword → (fingerspelling)', () => {
  const base: RetrievalResources = { lexicon: LEXICON, nearest: NEAREST };

  it('takes the lexicon first, by any of the forms given', () => {
    expect(retrieve(['cars', 'car'], 'noun', base)).toEqual({
      gloss: 'CAR',
      resolved: 'sign',
      keyword: 'car',
    });
  });

  it('takes the nearest keyword at or above the threshold, and nothing below it', () => {
    // Calibrated off by default (no cosine kept the meaning on the labelled pairs): the
    // mechanism is tested at an explicit threshold.
    expect(NEAREST_THRESHOLD).toBeGreaterThan(1);
    expect(retrieve(['automobile'], 'noun', base)).toBeUndefined();
    const at = { ...base, nearestThreshold: 0.8 };
    const near = retrieve(['automobile'], 'noun', at);
    expect(near).toMatchObject({ gloss: 'CAR', resolved: 'nearest', keyword: 'car' });
    expect(near?.score).toBeCloseTo(0.985, 2);
    expect(retrieve(['lorry'], 'noun', at)).toBeUndefined();
    expect(retrieve(['lorry'], 'noun', { ...base, nearestThreshold: 0.7 })).toMatchObject({
      gloss: 'CAR',
    });
    expect(retrieve(['unknownword'], 'noun', at)).toBeUndefined();
  });

  it('lets WordNet veto a sibling that word vectors put close (purple → YELLOW)', () => {
    const { wordnet } = realNlp();
    const at = { ...base, nearestThreshold: 0.8 };
    expect(retrieve(['purple'], 'adj', { ...at, guardNearest: false })).toMatchObject({
      gloss: 'YELLOW',
    });
    expect(wordnet.conflict('purple', 'yellow')).toBe('sibling');
    expect(retrieve(['purple'], 'adj', { ...at, thesaurus: wordnet })).toBeUndefined();
  });

  it('prefers a WordNet synonym over the nearest keyword, labelled as such', () => {
    const { wordnet } = realNlp();
    expect(retrieve(['automobile'], 'noun', { ...base, thesaurus: wordnet })).toEqual({
      gloss: 'CAR',
      resolved: 'synonym',
      keyword: 'car',
    });
  });

  it('drops a WordNet synonym whose vector says it is another sense (guy → "cat")', () => {
    const { wordnet } = realNlp();
    expect(wordnet.related('guy', 'noun').map((r) => r.word)).toContain('cat');
    expect(retrieve(['guy'], 'noun', { lexicon: LEXICON, thesaurus: wordnet })).toMatchObject({
      gloss: 'CAT',
    });
    expect(retrieve(['guy'], 'noun', { ...base, thesaurus: wordnet })).toBeUndefined();
  });

  it('leaves phrase keywords out of the vector index', () => {
    const lex = buildLexiconIndex([
      { gloss: 'GIVE', keywords: ['car over'] },
      { gloss: 'CAR', keywords: ['car'] },
    ]);
    const idx = new NearestKeywordIndex(SPACE, lex.entries);
    expect(idx.size).toBe(1);
    expect(idx.nearest('automobile', 5).map((m) => m.gloss)).toEqual(['CAR']);
  });
});

describe('embedding file', () => {
  it('round-trips words (any script) and keeps cosine within 0.01 of the float vectors', () => {
    const dims = 100;
    const n = 200;
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 2 - 1;
    const floats = Float32Array.from({ length: n * dims }, rand);
    const words = Array.from({ length: n }, (_, i) =>
      i === 3 ? 'café' : i === 4 ? 'мир' : `w${i}`,
    );
    const data = decodeEmbeddingFile(
      encodeEmbeddingFile({ words, dims, ...quantizeVectors(floats, dims) }),
    );
    expect(data.words).toEqual(words);
    const t = new EmbeddingTable(data);
    let worst = 0;
    for (let i = 0; i < 50; i++) {
      const a = floats.subarray(i * dims, (i + 1) * dims);
      const b = floats.subarray((i + 1) * dims, (i + 2) * dims);
      const cos = dot(a, b) / Math.sqrt(dot(a, a) * dot(b, b));
      const qa = t.unitVector(i);
      const qb = t.unitVector(i + 1);
      worst = Math.max(worst, Math.abs(cos - dot(qa, qb)));
    }
    expect(worst).toBeLessThan(0.01);
  });

  it('rejects a file that is not one, naming the problem', () => {
    expect(() => decodeEmbeddingFile(new Uint8Array(4), 'x.bin')).toThrow(/x\.bin: 4 bytes/);
    const bad = encodeEmbeddingFile({
      words: ['a'],
      dims: 1,
      vectors: Int8Array.of(1),
      invNorms: Float32Array.of(1),
    });
    bad[0] = 0x58;
    expect(() => decodeEmbeddingFile(bad, 'y.bin')).toThrow(/y\.bin: magic/);
    const good = encodeEmbeddingFile({
      words: ['a', 'b'],
      dims: 2,
      vectors: Int8Array.of(1, 2, 3, 4),
      invNorms: Float32Array.of(1, 1),
    });
    expect(() => decodeEmbeddingFile(good.subarray(0, 20), 'z.bin')).toThrow(
      /z\.bin: header says 2 words/,
    );
  });
});

function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] ?? 0) * (b[i] ?? 0);
  return s;
}
