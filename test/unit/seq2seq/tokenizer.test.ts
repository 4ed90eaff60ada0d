import { describe, expect, it } from 'vitest';
import {
  Bpe,
  Seq2seqTokenizer,
  T2G_VOCAB_FORMAT,
  normalizePhoenix,
} from '../../../src/shared/text/seq2seq';

describe('normalizePhoenix', () => {
  it('lowercases, keeps umlauts, splits the sentence end and drops other marks', () => {
    expect(normalizePhoenix('Morgen: Regen im Süden, Schnee!')).toBe(
      'morgen regen im süden schnee .',
    );
    expect(normalizePhoenix('  „Nebel“ und   Frost?  ')).toBe('nebel und frost .');
    expect(normalizePhoenix('STRASSE Straße')).toBe('strasse straße');
  });
  it('composes decomposed umlauts (NFC) so they match the vocabulary', () => {
    expect(normalizePhoenix('su\u0308den')).toBe('süden');
  });
});

describe('Bpe', () => {
  // Merge ranks: "e"+"n</w>" first, then "r"+"e", ...
  const bpe = new Bpe([
    ['e', 'n</w>'],
    ['r', 'e'],
    ['re', 'g'],
    ['reg', 'en</w>'],
  ]);

  it('applies merges by rank and marks word-internal pieces with @@', () => {
    expect(bpe.word('regen')).toEqual(['regen']);
    expect(bpe.word('regens')).toEqual(['reg@@', 'e@@', 'n@@', 's']);
    expect(bpe.word('gen')).toEqual(['g@@', 'en']);
  });

  it('encodes a sentence word by word', () => {
    expect(bpe.encode('regen regen')).toEqual(['regen', 'regen']);
  });
});

describe('Seq2seqTokenizer', () => {
  const vocab = {
    format: T2G_VOCAB_FORMAT,
    version: 1,
    normalize: 'phoenix-lower',
    specials: { pad: 0, unk: 1, bos: 2, eos: 3, tokens: ['<pad>', '<unk>', '<s>', '</s>'] },
    bpe: { merges: [['e', 'n</w>']], end: '</w>', cont: '@@' },
    src: ['<pad>', '<unk>', '<s>', '</s>', 'g@@', 'en', '.'],
    tgt: ['<pad>', '<unk>', '<s>', '</s>', 'REGEN'],
    model: { dModel: 8, maxLen: 64, decoderCache: false },
    decode: { beam: 4, alpha: 1, maxLenPerSrc: 2, maxLenExtra: 10, maxLenCap: 200 },
  };

  it('maps text to ids, unknown pieces to <unk>', () => {
    const tok = Seq2seqTokenizer.parse(vocab);
    expect(tok.encode('Gen.')).toEqual([4, 5, 6]);
    expect(tok.encode('xen')).toEqual([1, 5]);
    expect(tok.decode([2, 4, 3])).toEqual(['REGEN']);
    expect(() => tok.decode([9])).toThrow(/gloss id 9 is outside the vocabulary \(0..4\)/);
    expect(tok.maxLen(5)).toBe(20);
    expect(tok.maxLen(500)).toBe(200);
  });

  it('refuses a vocab whose specials are out of place', () => {
    expect(() =>
      Seq2seqTokenizer.parse({ ...vocab, tgt: ['REGEN', '<pad>', '<unk>', '<s>', '</s>'] }),
    ).toThrow(/must start with <pad> <unk> <s> <\/s>/);
  });
});
