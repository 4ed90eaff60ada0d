import { beforeAll, describe, expect, it } from 'vitest';
import { NonManualSpanSchema } from '../../../../src/shared/text/result';
import { Rng } from '../../../../src/shared/synth/rng';
import {
  describeSentenceStats,
  sentenceGenerator,
  type GeneratedSentence,
  type LexiconEntryInfo,
} from '../../../../src/shared/synth/sentences';
import { aseEntries, isQuestion, show } from './support';

const COUNT = 3000;
let sentences: GeneratedSentence[];
let entries: LexiconEntryInfo[];

beforeAll(() => {
  entries = aseEntries();
  const gen = sentenceGenerator(entries);
  sentences = Array.from({ length: COUNT }, (_, i) => gen.generate(Rng.for(21, 'english', i)));
  const focused = entries.filter((e) => e.category !== 'alphabet');
  sentences.push(...focused.map((e, i) => gen.generate(Rng.for(22, 'focused', i), e.gloss)));
  sentences.push(
    ...Array.from({ length: 200 }, (_, i) => gen.fingerspelling(Rng.for(23, 'fs', i))),
  );
  sentences.push(...Array.from({ length: 200 }, (_, i) => gen.pair(Rng.for(24, 'pair', i))).flat());
});

/** What no English reference may contain: gloss notation, unfilled slots, broken joins. */
const GLOSS_TOKENS = [
  /\bfs-/,
  /\bIX-/,
  /\b[A-Z]{2,}-[A-Z]/,
  /[{}]/,
  /undefined/,
  / {2}/,
  / [,.?!]/,
  /\.\./,
  /\?\./,
];

describe('generated English reads as English', () => {
  it('starts with a capital and ends with . or ?; questions end with ?', () => {
    const bad = sentences.filter((s) =>
      s.english.some(
        (e) => !/^["A-Z0-9]/.test(e) || !/[.?]$/.test(e) || e.endsWith('?') !== isQuestion(s),
      ),
    );
    expect(bad.slice(0, 5).map(show)).toEqual([]);
  });

  it('holds no gloss notation, unfilled slots or doubled spaces', () => {
    const bad = sentences.filter((s) => s.english.some((e) => GLOSS_TOKENS.some((p) => p.test(e))));
    expect(bad.slice(0, 5).map(show)).toEqual([]);
  });

  it('uses a/an by the next sound', () => {
    const bad = sentences.filter((s) =>
      s.english.some((e) => /\ba [aeio]/i.test(e) || /\ban [^aeiouh]/i.test(e)),
    );
    expect(bad.slice(0, 5).map(show)).toEqual([]);
  });

  it('agrees subject and verb for I and he/she', () => {
    const bad = sentences.filter((s) =>
      s.english.some(
        (e) =>
          /\bI (is|are|likes|wants|has|does)\b/.test(e) ||
          /(?<!\b(?:does|did|will|can|do) )\b(he|she) (am|are|like|want|have|do) /i.test(e),
      ),
    );
    expect(bad.slice(0, 5).map(show)).toEqual([]);
  });

  it('gives two or more references for most sentences', () => {
    const stats = describeSentenceStats(sentences.slice(0, COUNT));
    expect(stats.multiReferenceRate).toBeGreaterThanOrEqual(0.8);
    expect(sentences.every((s) => s.english.length >= 1 && s.english.length <= 4)).toBe(true);
  });

  it('varies: most sentences are distinct gloss sequences', () => {
    expect(describeSentenceStats(sentences.slice(0, COUNT)).distinctGlossSequences).toBeGreaterThan(
      COUNT * 0.7,
    );
  });
});

describe('generated glosses and spans', () => {
  it('uses only the lexicon glosses or fs- spellings, and records what is spelled', () => {
    const known = new Set(entries.map((e) => e.gloss));
    const bad = sentences.filter(
      (s) =>
        s.glosses.some((g) => !known.has(g) && !/^fs-[A-Z]+$/.test(g)) ||
        s.glosses
          .filter((g) => g.startsWith('fs-'))
          .some((g) => !s.fingerspelled.includes(g.slice(3))),
    );
    expect(bad.slice(0, 5).map(show)).toEqual([]);
  });

  it('keeps spans well formed and within the signs', () => {
    const bad = sentences.filter((s) =>
      s.nonManual.some(
        (n) => !NonManualSpanSchema.safeParse(n).success || n.end > s.glosses.length,
      ),
    );
    expect(bad.slice(0, 5).map(show)).toEqual([]);
  });

  it('marks questions over the whole clause and puts the wh-sign last', () => {
    const wh = new Set(entries.filter((e) => e.category === 'questions').map((e) => e.gloss));
    const whQuestions = sentences.filter(
      (s) => s.kind === 'wh-question' && s.nonManual.some((n) => n.type === 'wh-question'),
    );
    expect(whQuestions.length).toBeGreaterThan(100);
    const bad = whQuestions.filter((s) => {
      const last = s.glosses[s.glosses.length - 1] ?? '';
      return (
        !wh.has(last) &&
        !['FOR', 'HOW-ARE-YOU', 'WHAT'].includes(last) &&
        !s.english[0]?.includes('"')
      );
    });
    expect(bad.slice(0, 5).map(show)).toEqual([]);
    const yn = sentences.filter((s) => s.kind === 'yn-question');
    expect(
      yn.every((s) => s.nonManual.some((n) => n.type === 'yn-question' && n.start === 0)),
    ).toBe(true);
  });

  it('puts a time frame first in time-first sentences', () => {
    const time = new Set(entries.filter((e) => e.category === 'time').map((e) => e.gloss));
    const timeFirst = sentences.filter((s) => s.kind === 'time-first');
    expect(timeFirst.length).toBeGreaterThan(50);
    const bad = timeFirst.filter(
      (s) => !time.has(s.glosses[0] ?? '') && !s.glosses[0]?.match(/^[A-Z]+$/),
    );
    expect(bad.slice(0, 5).map(show)).toEqual([]);
  });

  it('marks negation with a negation span, and topics and conditions with a topic span', () => {
    const missing = sentences.filter(
      (s) =>
        (s.kind === 'negation' && !s.nonManual.some((n) => n.type === 'negation')) ||
        ((s.kind === 'topic' || s.kind === 'conditional') &&
          !s.nonManual.some((n) => n.type === 'topic')),
    );
    expect(missing.slice(0, 5).map(show)).toEqual([]);
  });

  it('signs clock times as TIME + hour + minutes as the English rules do (3:05 → THREE ZERO FIVE)', () => {
    const names =
      'ZERO ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN ELEVEN TWELVE THIRTEEN FOURTEEN FIFTEEN SIXTEEN SEVENTEEN EIGHTEEN NINETEEN TWENTY'.split(
        ' ',
      );
    const num = (n: number): string[] =>
      n <= 20 ? [names[n] ?? ''] : [names[Math.floor(n / 10)] ?? '', names[n % 10] ?? ''];
    const clocks = sentences.filter(
      (s) => s.kind === 'clock-time' && /\bat \d{1,2}:\d\d/.test(s.english[0] ?? ''),
    );
    expect(clocks.length).toBeGreaterThan(20);
    const bad = clocks.filter((s) => {
      const [, h = '0', m = '0'] = /\bat (\d{1,2}):(\d\d)/.exec(s.english[0] ?? '') ?? [];
      const minute = Number(m);
      const expected = [
        'TIME',
        ...num(Number(h)),
        ...(minute < 10 ? ['ZERO', ...num(minute)] : num(minute)),
      ];
      const at = s.glosses.indexOf('TIME');
      return s.glosses.slice(at, at + expected.length).join(' ') !== expected.join(' ');
    });
    expect(bad.slice(0, 5).map(show)).toEqual([]);
  });
});
