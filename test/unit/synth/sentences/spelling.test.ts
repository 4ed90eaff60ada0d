import { describe, expect, it } from 'vitest';
import { planCorpus } from '../../../../src/shared/synth/plan';
import { HELD_OUT_PROFILES, PROFILE_COUNT } from '../../../../src/shared/synth/profiles';
import { Rng } from '../../../../src/shared/synth/rng';
import { sentenceGenerator, type LexiconEntryInfo } from '../../../../src/shared/synth/sentences';
import { isHeldOutSequence, SPLITS } from '../../../../src/shared/synth/splits';
import { FEMALE_NAMES, MALE_NAMES } from '../../../../src/shared/synth/sentences/vocab/names';

const ABC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
/** An alphabet imported from SiGML (cli lexicon import): letters, no word signs. */
const LETTERS: LexiconEntryInfo[] = ABC.map((l) => ({
  gloss: l,
  keywords: [],
  category: 'alphabet',
}));

describe('sentence generator for a lexicon of letters only', () => {
  const gen = sentenceGenerator(LETTERS, { spokenLanguage: 'de' });

  it('makes a spelling corpus instead of refusing, marked as not English', () => {
    expect(gen.mode).toBe('gloss-only');
    const s = gen.generate(Rng.for(1, 'x', 0));
    expect(s.glosses).toHaveLength(1);
    expect(s.glosses[0]).toMatch(/^fs-[A-Z]+$/);
    expect(s.english).toEqual([s.glosses[0]!.slice(3)]);
    expect(s.fingerspelled).toEqual([s.glosses[0]!.slice(3)]);
  });

  it('draws held letters, 2–6 letter strings and names, letters evenly', () => {
    const n = 6000;
    const lengths = new Map<number, number>();
    const letters = new Map<string, number>();
    const held = new Map<string, number>();
    const names = new Set([...FEMALE_NAMES, ...MALE_NAMES].map((w) => w.toUpperCase()));
    let named = 0;
    for (let i = 0; i < n; i++) {
      const word = gen.generate(Rng.for(2, 'mix', i)).glosses[0]!.slice(3);
      lengths.set(word.length, (lengths.get(word.length) ?? 0) + 1);
      if (word.length === 1) held.set(word, (held.get(word) ?? 0) + 1);
      if (names.has(word)) named++;
      else for (const l of word) letters.set(l, (letters.get(l) ?? 0) + 1);
    }
    const single = lengths.get(1) ?? 0;
    expect(single / n).toBeGreaterThan(0.4);
    expect(single / n).toBeLessThan(0.6);
    for (let k = 2; k <= 6; k++) expect(lengths.get(k) ?? 0).toBeGreaterThan(0.04 * n);
    expect(named / n).toBeGreaterThan(0.05); // about 1 in 10 is a name
    expect([...held.keys()].sort()).toEqual(ABC);
    const counts = ABC.map((l) => letters.get(l) ?? 0);
    const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
    // Held letters and random strings (names aside) use every letter evenly: ±15 % of the mean.
    for (const c of counts) expect(Math.abs(c - mean) / mean).toBeLessThan(0.15);
  });

  it('holds the focus letter and refuses a focus that is no letter, naming it', () => {
    expect(gen.generate(Rng.for(3, 'f', 0), 'fs-Q').glosses).toEqual(['fs-Q']);
    expect(gen.generate(Rng.for(3, 'f', 1), 'Q').glosses).toEqual(['fs-Q']);
    expect(() => gen.generate(Rng.for(3, 'f', 2), 'HAUS')).toThrow(/HAUS/);
  });

  it('pairs the same letters as a statement and a yes/no question', () => {
    for (let i = 0; i < 50; i++) {
      const [a, b] = gen.pair(Rng.for(4, 'p', i));
      expect(b.glosses).toEqual(a.glosses);
      expect(a.nonManual).toEqual([]);
      expect(b.nonManual).toEqual([{ type: 'yn-question', start: 0, end: 1 }]);
      expect(b.english).not.toEqual(a.english);
    }
  });

  it('still refuses a lexicon with neither signs nor letters', () => {
    expect(() => sentenceGenerator([{ gloss: '', keywords: [] }])).toThrow(/sign or a letter/);
  });
});

describe('corpus plan of a letters-only lexicon', () => {
  const seed = 11;
  const gen = sentenceGenerator(LETTERS, { spokenLanguage: 'de' });
  const plan = planCorpus(gen, [], 3000, seed);

  it('fills every split, and train holds every letter on its own', () => {
    for (const s of SPLITS) expect(plan.some((u) => u.split === s)).toBe(true);
    const heldInTrain = new Set(
      plan
        .filter((u) => u.split === 'train' && u.sentence.glosses[0]!.length === 4)
        .map((u) => u.sentence.glosses[0]),
    );
    expect(heldInTrain.size).toBe(26);
  });

  it('keeps the splits: unseen sentences held out of train, unseen signers apart', () => {
    const trainProfiles = PROFILE_COUNT - HELD_OUT_PROFILES;
    for (const u of plan) {
      const g = u.sentence.glosses;
      const heldOut = isHeldOutSequence(g, seed) && !/^fs-[A-Z]$/.test(g.join(' '));
      if (u.split === 'test-unseen-sentence') expect(heldOut).toBe(true);
      else if (u.split !== 'test-fingerspelling' && u.split !== 'test-nmm-pairs')
        expect(heldOut).toBe(false);
      expect(u.profile >= trainProfiles).toBe(u.split === 'test-unseen-signer');
    }
  });
});
