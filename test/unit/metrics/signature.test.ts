import { describe, expect, it } from 'vitest';
import { bleuSignature, chrfSignature, refCount } from '../../../src/shared/metrics';
import { scoreDecoded } from '../../../src/workers/slt/evaluate';
import type { Decoded } from '../../../src/workers/slt/evaluate';

describe('sacreBLEU-style signatures', () => {
  it("count references per sentence as sacreBLEU's nrefs", () => {
    expect(refCount([['a'], ['b']])).toBe(1);
    expect(
      refCount([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe(2);
    expect(refCount([['a'], ['b', 'c']])).toBe('var');
  });

  it('name the tokenization, the smoothing and the chrF settings', () => {
    expect(bleuSignature(1)).toBe(
      'nrefs:1|case:mixed|eff:no|tok:13a|smooth:none|version:2.6.0+signbridge',
    );
    expect(chrfSignature('var')).toBe(
      'nrefs:var|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.6.0+signbridge',
    );
  });

  it('come with the scores of eval slt, over all reference wordings', () => {
    const decoded = (id: string, text: string, english: string[]): Decoded => ({
      record: {
        id,
        split: 'dev',
        kind: 'statement',
        english,
        glosses: [{ gloss: 'ME', start: 0, end: 10 }],
        fps: 25,
        frames: 10,
        shard: 0,
        offset: 0,
      },
      text,
      glosses: ['ME'],
      confidence: 1,
    });
    const s = scoreDecoded(
      [decoded('a', 'I am here', ['I am here']), decoded('b', 'Me', ['Me', 'It is me'])],
      1,
      false,
    );
    expect(s.signature).toEqual({ bleu: bleuSignature('var'), chrf: chrfSignature('var') });
  });
});
