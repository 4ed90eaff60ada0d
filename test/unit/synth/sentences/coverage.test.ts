import { beforeAll, describe, expect, it } from 'vitest';
import { Rng } from '../../../../src/shared/synth/rng';
import {
  sentenceGenerator,
  SENTENCE_KINDS,
  type SentenceGenerator,
} from '../../../../src/shared/synth/sentences';
import { aseEntries, show } from './support';

const SEEDS = [1, 2, 3];
let gen: SentenceGenerator;
const entries = aseEntries();

beforeAll(() => {
  gen = sentenceGenerator(entries, { spokenLanguage: 'en' });
});

describe('sentence generator over the ASL lexicon: focus coverage', () => {
  it('is in English mode', () => {
    expect(gen.mode).toBe('english');
  });

  it('places every non-alphabet gloss as focus, for several seeds', () => {
    const missing: string[] = [];
    for (const e of entries.filter((x) => x.category !== 'alphabet')) {
      for (const seed of SEEDS) {
        const s = gen.generate(Rng.for(seed, `focus:${e.gloss}`, 0), e.gloss);
        if (!s.glosses.includes(e.gloss)) missing.push(`${e.gloss}: ${show(s)}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('places most glosses in a real sentence, not the "how do you sign X" fallback', () => {
    const signs = entries.filter((x) => x.category !== 'alphabet');
    const generic = signs.filter((e) => {
      const s = gen.generate(Rng.for(9, `generic:${e.gloss}`, 0), e.gloss);
      return s.english[0]?.includes('"') === true;
    });
    expect(generic.length / signs.length).toBeLessThan(0.05);
  });

  it('gives a letter of the alphabet on its own', () => {
    const s = gen.generate(new Rng(5), 'Q');
    expect(s.glosses).toEqual(['Q']);
    expect(s.fingerspelled).toEqual(['Q']);
  });

  it('rejects a focus that is not in the lexicon, naming it', () => {
    expect(() => gen.generate(new Rng(1), 'NOT-A-SIGN')).toThrow(RangeError);
    expect(() => gen.generate(new Rng(1), 'NOT-A-SIGN')).toThrow(/NOT-A-SIGN/);
  });

  it('produces every sentence kind without a focus', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 1500; i++) seen.add(gen.generate(Rng.for(11, 'kinds', i)).kind);
    expect([...seen].sort()).toEqual([...SENTENCE_KINDS].sort());
  });

  it('uses every setting', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 100; i++) seen.add(gen.generate(Rng.for(12, 'settings', i)).setting);
    expect([...seen].sort()).toEqual(['classroom', 'counter', 'home']);
  });
});
