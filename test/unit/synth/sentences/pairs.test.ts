import { beforeAll, describe, expect, it } from 'vitest';
import { Rng } from '../../../../src/shared/synth/rng';
import {
  sentenceGenerator,
  type GeneratedSentence,
  type SentenceGenerator,
} from '../../../../src/shared/synth/sentences';
import { aseEntries, show } from './support';

const COUNT = 600;
let gen: SentenceGenerator;
let pairs: (readonly [GeneratedSentence, GeneratedSentence])[];

beforeAll(() => {
  gen = sentenceGenerator(aseEntries());
  pairs = Array.from({ length: COUNT }, (_, i) => gen.pair(Rng.for(31, 'pairs', i)));
});

const spans = (s: GeneratedSentence) => JSON.stringify(s.nonManual);

describe('non-manual minimal pairs', () => {
  it('share the signs and differ in spans and English', () => {
    const bad = pairs.filter(
      ([a, b]) =>
        a.glosses.join(' ') !== b.glosses.join(' ') ||
        spans(a) === spans(b) ||
        a.english[0] === b.english[0],
    );
    expect(bad.slice(0, 3).map(([a, b]) => `${show(a)} // ${show(b)}`)).toEqual([]);
  });

  it('share the setting', () => {
    expect(pairs.every(([a, b]) => a.setting === b.setting)).toBe(true);
  });

  it('give at least 200 distinct pairs', () => {
    const keys = new Set(pairs.map(([a, b]) => `${a.glosses.join(' ')}|${spans(a)}|${spans(b)}`));
    expect(keys.size).toBeGreaterThanOrEqual(200);
  });

  it('cover statement/question, statement/negation, question/negation and wh/yes-no', () => {
    const types = new Set(
      pairs.map(([a, b]) => `${a.kind === 'time-first' ? 'statement' : a.kind}>${b.kind}`),
    );
    for (const t of [
      'statement>yn-question',
      'statement>negation',
      'yn-question>negation',
      'wh-question>yn-question',
    ])
      expect(types).toContain(t);
  });

  it('negate with the head shake alone: no NOT sign is added', () => {
    const negated = pairs.filter(([, b]) => b.kind === 'negation');
    expect(negated.length).toBeGreaterThan(50);
    for (const [a, b] of negated) {
      expect(b.glosses).toEqual(a.glosses);
      expect(b.english[0]).toMatch(/n't|not|never/);
    }
  });

  it('read a wh-sign under yes/no brows as an indefinite ("Did you see someone?")', () => {
    const wh = pairs.filter(([a]) => a.kind === 'wh-question');
    expect(wh.length).toBeGreaterThan(50);
    for (const [a, b] of wh) {
      expect(a.english[0]).toMatch(/^(Who|What|Where) .*\?$/);
      expect(b.english[0]).toMatch(/\b(some|any)(one|thing|where)\b.*\?$/);
    }
  });
});
