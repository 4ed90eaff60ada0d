import { describe, expect, it } from 'vitest';
import { decodeText, detokenize, joinPieces } from '../../../src/shared/slt/decode/text';
import { maxTextLen } from '../../../src/shared/slt/decode/vocab';
import type { SltVocab } from '../../../src/shared/slt/decode/vocab';

const text: SltVocab['text'] = {
  merges: [],
  end: '</w>',
  cont: '@@',
  vocab: [
    '<pad>',
    '<unk>',
    '<s>',
    '</s>',
    'Wh@@',
    'ere',
    'are',
    'you',
    'go@@',
    'ing',
    '?',
    'do',
    "n't",
    ',',
  ],
  pad: 0,
  unk: 1,
  bos: 2,
  eos: 3,
};

describe('English from decoder ids', () => {
  it('joins BPE pieces and puts marks against their word', () => {
    expect(decodeText([2, 4, 5, 6, 7, 8, 9, 10, 3], text)).toBe('Where are you going?');
    expect(joinPieces(['go@@', 'ing', 'x'], '@@')).toEqual(['going', 'x']);
    expect(detokenize(['Hi', ',', 'Ann', '.'])).toBe('Hi, Ann.');
    expect(decodeText([1, 7], text)).toBe('<unk> you');
  });

  it('limits the English to 2 pieces per encoder step plus 10, capped by the pack', () => {
    const v = { maxLen: 30, maxLenPerStep: 2, maxLenExtra: 10 } as SltVocab;
    expect(maxTextLen(v, 0)).toBe(10);
    expect(maxTextLen(v, 5)).toBe(20);
    expect(maxTextLen(v, 100)).toBe(30);
  });
});
