/**
 * A pack's signs ready for motion: gloss → SignSpec, plus the manual alphabet for fingerspelling.
 * Resolves a gloss sequence (from text → gloss, or typed by hand as in `slp --gloss`) into the
 * utterance items motion synthesis takes, saying what could not be signed and why.
 */
import type { UtteranceItem } from '../motion/synth/utterance';
import type { SignSpec } from '../sigml/spec';
import { FINGERSPELL_PREFIX } from '../text/result';
import { numberGlossParts, numberPartGlosses } from '../text/number-gloss';

export interface LexiconSign {
  readonly gloss: string;
  readonly spec: SignSpec;
}

export interface Unresolved {
  readonly gloss: string;
  readonly reason: string;
}

/** A letter gloss of the manual alphabet: one letter, optionally with a diacritic (Ä, Ö, Ü). */
const LETTER = /^\p{Lu}$/u;

export class SignLexicon {
  private readonly byGloss = new Map<string, SignSpec>();
  private readonly byUpper = new Map<string, SignSpec>();
  private readonly letters = new Map<string, SignSpec>();

  constructor(
    readonly packId: string,
    signs: Iterable<LexiconSign>,
  ) {
    for (const s of signs) {
      this.byGloss.set(s.gloss, s.spec);
      if (!this.byUpper.has(s.gloss.toUpperCase())) this.byUpper.set(s.gloss.toUpperCase(), s.spec);
      if (LETTER.test(s.gloss)) this.letters.set(s.gloss, s.spec);
    }
  }

  get size(): number {
    return this.byGloss.size;
  }

  /** Every gloss, in the order the lexicon gave them. */
  get glosses(): readonly string[] {
    return [...this.byGloss.keys()];
  }

  get alphabet(): readonly string[] {
    return [...this.letters.keys()].sort();
  }

  spec(gloss: string): SignSpec | undefined {
    return this.byGloss.get(gloss) ?? this.byUpper.get(gloss.toUpperCase());
  }

  /** The letters' specs for a word, or the first letter the alphabet lacks. */
  spell(word: string): { letters: SignSpec[] } | { missing: string } {
    const letters: SignSpec[] = [];
    for (const ch of word.normalize('NFC').toUpperCase()) {
      const spec =
        this.letters.get(ch) ?? this.letters.get(ch.normalize('NFD').replace(/\p{M}/gu, ''));
      if (spec === undefined) return { missing: ch };
      letters.push(spec);
    }
    return { letters };
  }

  /**
   * A number gloss (25, 1500) as the pack's number signs in sequence, signed in place like the
   * letters of a word (2 then 5); a scale word the pack lacks (THOUSAND) is spelled. Undefined
   * when the gloss is not a number or a digit has neither a sign nor letters.
   */
  private numberSigns(gloss: string): SignSpec[] | undefined {
    const parts = numberGlossParts(gloss);
    if (parts === undefined) return undefined;
    const specs: SignSpec[] = [];
    for (const part of parts) {
      const { glosses, spell } = numberPartGlosses(part);
      const spec = glosses.map((g) => this.spec(g)).find((s) => s !== undefined);
      if (spec !== undefined) {
        specs.push(spec);
        continue;
      }
      const letters = this.spell(spell);
      if (!('letters' in letters)) return undefined;
      specs.push(...letters.letters);
    }
    return specs;
  }

  /**
   * Items for synthesis. `fs-WORD` is fingerspelled; a gloss the lexicon lacks is fingerspelled
   * too when the alphabet allows (a name typed as a gloss), otherwise reported as unresolved.
   */
  resolve(glosses: readonly string[]): { items: UtteranceItem[]; unresolved: Unresolved[] } {
    const items: UtteranceItem[] = [];
    const unresolved: Unresolved[] = [];
    for (const gloss of glosses) {
      const spelled = gloss.startsWith(FINGERSPELL_PREFIX);
      const spec = spelled ? undefined : this.spec(gloss);
      if (spec !== undefined) {
        items.push({ gloss, spec, source: this.packId });
        continue;
      }
      const number = spelled ? undefined : this.numberSigns(gloss);
      if (number !== undefined) {
        items.push({ gloss, letters: number, source: `${this.packId} number signs` });
        continue;
      }
      const word = spelled
        ? gloss.slice(FINGERSPELL_PREFIX.length)
        : gloss.replace(/[^\p{L}]/gu, '');
      const r = word === '' ? { missing: '' } : this.spell(word);
      if ('letters' in r) {
        items.push({
          gloss,
          letters: r.letters,
          source: spelled ? 'fingerspelling' : 'fingerspelling (no sign in the lexicon)',
        });
      } else {
        const reason =
          this.letters.size === 0
            ? `"${gloss}" is not in pack ${this.packId}, which has no manual alphabet to spell it`
            : r.missing === ''
              ? `"${gloss}" is not in pack ${this.packId} and has no letters to fingerspell`
              : `"${gloss}" is not in pack ${this.packId} and its alphabet has no letter "${r.missing}"`;
        unresolved.push({ gloss, reason });
      }
    }
    return { items, unresolved };
  }
}
