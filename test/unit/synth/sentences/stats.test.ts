import { describe, expect, it } from 'vitest';
import {
  describeSentenceStats,
  type GeneratedSentence,
} from '../../../../src/shared/synth/sentences';

const sentence = (
  kind: GeneratedSentence['kind'],
  setting: GeneratedSentence['setting'],
  english: string[],
  fs: string[] = [],
): GeneratedSentence => ({
  english,
  glosses: ['ME', ...fs.map((f) => `fs-${f}`)],
  nonManual: [],
  kind,
  setting,
  fingerspelled: fs,
});

describe('describeSentenceStats', () => {
  it('counts by kind and setting and measures multi-reference and spelling rates', () => {
    const stats = describeSentenceStats([
      sentence('statement', 'home', ['I am.', "I'm."]),
      sentence('statement', 'counter', ['I am.']),
      sentence('fingerspelling', 'home', ['Maria.', 'It is Maria.'], ['MARIA']),
      sentence('yn-question', 'classroom', ['Me?']),
    ]);
    expect(stats.total).toBe(4);
    expect(stats.byKind.statement).toBe(2);
    expect(stats.byKind.fingerspelling).toBe(1);
    expect(stats.byKind.date).toBe(0);
    expect(stats.bySetting).toEqual({ counter: 1, home: 2, classroom: 1 });
    expect(stats.multiReferenceRate).toBeCloseTo(0.5);
    expect(stats.fingerspelledRate).toBeCloseTo(0.25);
    expect(stats.distinctGlossSequences).toBe(2);
  });

  it('is all zeros for no sentences', () => {
    const stats = describeSentenceStats([]);
    expect(stats.total).toBe(0);
    expect(stats.multiReferenceRate).toBe(0);
  });
});
