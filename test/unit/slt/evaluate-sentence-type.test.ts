import { describe, expect, it } from 'vitest';
import { scoreDecoded } from '../../../src/workers/slt/evaluate';
import type { Decoded } from '../../../src/workers/slt/evaluate';

const decoded = (kind: string, text: string): Decoded => ({
  record: {
    id: `${kind}-${text}`,
    split: 'test-nmm-pairs',
    kind,
    english: [text],
    glosses: [{ gloss: 'YOU', start: 0, end: 10 }],
    fps: 30,
    frames: 10,
    shard: 0,
    offset: 0,
  },
  text,
  glosses: ['YOU'],
  confidence: 1,
});

describe('eval slt sentence types', () => {
  it('count what each type was read as, so a shortfall says which pair fails', () => {
    const s = scoreDecoded(
      [
        decoded('yn-question', 'Are you deaf?'),
        decoded('yn-question', 'You are deaf.'),
        decoded('statement', 'You are deaf.'),
        decoded('negation', 'You are not deaf.'),
        decoded('wh-question', 'Where do you live?'),
      ],
      1,
      true,
    );
    expect(s.sentenceTypeAccuracy).toBe(80);
    expect(s.sentenceTypeConfusion).toEqual({
      'yn-question': { 'yn-question': 1, statement: 1 },
      statement: { statement: 1 },
      negation: { negation: 1 },
      'wh-question': { 'wh-question': 1 },
    });
    expect(scoreDecoded([decoded('statement', 'Hi.')], 1, false).sentenceTypeConfusion).toBeNull();
  });
});
