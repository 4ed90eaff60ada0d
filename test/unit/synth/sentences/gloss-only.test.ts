import { describe, expect, it } from 'vitest';
import { Rng } from '../../../../src/shared/synth/rng';
import { sentenceGenerator, type LexiconEntryInfo } from '../../../../src/shared/synth/sentences';
import { aseEntries } from './support';

/** A made-up SiGML-style lexicon: odd glosses, German or missing keywords, no categories. */
const ODD: LexiconEntryInfo[] = [
  { gloss: 'HAUS1A', keywords: ['haus'] },
  { gloss: 'GEHEN-ZU^', keywords: [] },
  { gloss: '$INDEX', keywords: [] },
  { gloss: 'ÄRZTIN2', keywords: [] },
  { gloss: 'x', keywords: [] },
  { gloss: '123', keywords: [] },
  { gloss: 'WAS?', keywords: ['was'] },
  { gloss: 'HAUS1A', keywords: ['duplicate'] },
  { gloss: '', keywords: ['empty gloss'] },
  { gloss: 'A', keywords: ['a'], category: 'alphabet' },
];

describe('sentence generator in gloss-only mode', () => {
  const gen = sentenceGenerator(ODD);

  it('is chosen for a lexicon without English keywords', () => {
    expect(gen.mode).toBe('gloss-only');
    expect(sentenceGenerator(aseEntries(), { spokenLanguage: 'de' }).mode).toBe('gloss-only');
  });

  it('never throws on odd glosses and places the focus in 2–7 signs', () => {
    const usable = ['HAUS1A', 'GEHEN-ZU^', '$INDEX', 'ÄRZTIN2', 'x', '123', 'WAS?'];
    for (let i = 0; i < 300; i++) {
      const focus = usable[i % usable.length] ?? 'x';
      const s = gen.generate(Rng.for(51, 'odd', i), focus);
      expect(s.glosses).toContain(focus);
      expect(s.glosses.length).toBeGreaterThanOrEqual(2);
      expect(s.glosses.length).toBeLessThanOrEqual(7);
      expect(s.glosses.every((g) => usable.includes(g))).toBe(true);
      for (const n of s.nonManual) {
        expect(n.start).toBeGreaterThanOrEqual(0);
        expect(n.start).toBeLessThan(n.end);
        expect(n.end).toBeLessThanOrEqual(s.glosses.length);
      }
    }
  });

  it('gives the keywords, or the gloss cleaned, as a pseudo-reference', () => {
    const s = gen.generate(new Rng(3), 'HAUS1A');
    const words = s.english[0]?.replace(/\?$/, '').split(' ') ?? [];
    expect(words).toContain('haus');
    const all = Array.from(
      { length: 100 },
      (_, i) => gen.generate(Rng.for(52, 'w', i)).english[0] ?? '',
    ).join(' ');
    expect(all).toMatch(/\bgehen\b/);
    expect(all.split(/[ ?]+/)).toContain('ärztin');
    // Digits and suffixes go (HAUS1A → haus); a gloss that is only digits stays as it is.
    expect(all).not.toMatch(/haus1a|ärztin2|[$^]/);
  });

  it('makes pairs with the same signs and different spans, and spelled names', () => {
    for (let i = 0; i < 50; i++) {
      const [a, b] = gen.pair(Rng.for(53, 'p', i));
      expect(b.glosses).toEqual(a.glosses);
      expect(JSON.stringify(b.nonManual)).not.toBe(JSON.stringify(a.nonManual));
      expect(b.english[0]).not.toBe(a.english[0]);
      const f = gen.fingerspelling(Rng.for(53, 'f', i));
      expect(f.fingerspelled.length).toBeGreaterThan(0);
      expect(f.glosses.some((g) => g.startsWith('fs-'))).toBe(true);
    }
  });

  it('spells only with the given alphabet', () => {
    const limited = sentenceGenerator(ODD, {
      alphabet: ['A', 'N', 'M', 'O', 'R', 'S', 'U', 'L', 'E'],
    });
    for (let i = 0; i < 30; i++) {
      const f = limited.fingerspelling(Rng.for(54, 'f', i));
      for (const w of f.fingerspelled) expect(w).toMatch(/^[ANMORSULE]+$/);
    }
  });

  it('rejects an empty lexicon or one without usable signs or letters, naming the problem', () => {
    expect(() => sentenceGenerator([])).toThrow(RangeError);
    expect(() => sentenceGenerator([])).toThrow(/0 entries/);
    expect(() => sentenceGenerator([{ gloss: '', keywords: [] }])).toThrow(/usable sign/);
    // Letters alone make a spelling corpus (spelling.test.ts).
    const letters = [
      { gloss: 'A', keywords: ['a'], category: 'alphabet' },
      { gloss: '', keywords: [] },
    ];
    expect(sentenceGenerator(letters).generate(new Rng(1)).glosses[0]).toMatch(/^fs-A+$/);
    expect(() => gen.generate(new Rng(1), 'NOPE')).toThrow(/NOPE/);
  });
});

describe('sentence generator in English mode over a small lexicon', () => {
  const small = aseEntries().filter(
    (e, i) => e.category !== 'alphabet' && (i % 4 === 0 || ['ME', 'YOU'].includes(e.gloss)),
  );

  it('never invents a gloss the lexicon lacks', () => {
    const gen = sentenceGenerator(small);
    expect(gen.mode).toBe('english');
    const known = new Set(small.map((e) => e.gloss));
    for (let i = 0; i < 300; i++) {
      const s = gen.generate(Rng.for(55, 'small', i));
      expect(s.glosses.every((g) => known.has(g) || g.startsWith('fs-'))).toBe(true);
    }
    for (const e of small)
      expect(gen.generate(Rng.for(56, e.gloss), e.gloss).glosses).toContain(e.gloss);
  });
});
