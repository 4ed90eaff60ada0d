import { FINGERSPELL_PREFIX } from '../../text/result';
import type { Rng } from '../rng';
import type { SentenceLexicon } from './lexicon';
import { SETTINGS, type GeneratedSentence, type SentenceGenerator } from './types';
import { FEMALE_NAMES, MALE_NAMES } from './vocab/names';
import { invalidValue } from '../../errors/invalid';

/** Letters in a random string: long enough to need transitions, short enough to stay a word. */
const MIN_STRING = 2;
const MAX_STRING = 6;
/**
 * Relative weights of the three utterance kinds. Held single letters come first: real letter
 * recordings (../shared fingerspelling) show one letter held for about a second, and a model must
 * see each letter held on its own; strings teach letters out of their neighbours' transitions.
 */
const HELD_WEIGHT = 5;
const STRING_WEIGHT = 4;
const NAME_WEIGHT = 1;

/**
 * For a lexicon that has the letters of a manual alphabet and no word signs (an alphabet imported
 * from SiGML): a spelling corpus of (a) one letter held on its own, `fs-A` (utterance.ts holds a
 * one-letter word `heldLetter` long), (b) random strings of 2–6 letters drawn evenly over the
 * alphabet, `fs-QXVA`, and (c) names of the vocabulary that the alphabet can spell, `fs-MARIA`.
 *
 * NOT ENGLISH: `english` is the spelled letters ('A', 'QXVA', 'MARIA'); the mode is 'gloss-only'
 * so the corpus says so. Train sign → gloss (letters), not sign → text, on such a corpus.
 */
export class SpellingGenerator implements SentenceGenerator {
  readonly mode = 'gloss-only' as const;
  private readonly letters: readonly string[];
  private readonly names: readonly string[];

  constructor(private readonly lex: SentenceLexicon) {
    this.letters = lex.alphabet;
    if (this.letters.length === 0) {
      throw new RangeError(
        'SpellingGenerator: the lexicon has no letters of a manual alphabet; give letter entries (category alphabet or glosses A–Z)',
      );
    }
    this.names = [...FEMALE_NAMES, ...MALE_NAMES].filter((w) => lex.spell(w) !== undefined);
  }

  /** One spelling utterance; `focus` (a letter, as 'A' or 'fs-A') makes it that letter held. */
  generate(rng: Rng, focus?: string): GeneratedSentence {
    if (focus !== undefined) {
      const letter = focus.startsWith(FINGERSPELL_PREFIX)
        ? focus.slice(FINGERSPELL_PREFIX.length)
        : focus;
      if (!this.letters.includes(letter)) {
        throw invalidValue(
          'generate: focus',
          focus,
          [...this.letters, `${FINGERSPELL_PREFIX}X`],
          'is not a letter of this alphabet',
        );
      }
      return this.spelled(rng, letter);
    }
    const kind = rng.weighted([
      HELD_WEIGHT,
      STRING_WEIGHT,
      this.names.length > 0 ? NAME_WEIGHT : 0,
    ]);
    if (kind === 0) return this.spelled(rng, rng.pick(this.letters));
    if (kind === 1) return this.spelled(rng, this.randomString(rng));
    const name = rng.pick(this.names);
    return this.spelled(rng, this.lex.spell(name)!.slice(FINGERSPELL_PREFIX.length));
  }

  /** The same letters as a statement and as a yes/no question (brows up over the whole word). */
  pair(rng: Rng): readonly [GeneratedSentence, GeneratedSentence] {
    const letters = this.randomString(rng);
    const setting = rng.pick(SETTINGS);
    const a = this.spelled(rng, letters, setting);
    const b: GeneratedSentence = {
      ...a,
      english: [`${letters}?`],
      nonManual: [{ type: 'yn-question', start: 0, end: 1 }],
      kind: 'yn-question',
    };
    return [{ ...a, kind: 'statement' }, b];
  }

  fingerspelling(rng: Rng): GeneratedSentence {
    return this.generate(rng);
  }

  private randomString(rng: Rng): string {
    const n = rng.int(MIN_STRING, MAX_STRING);
    return Array.from({ length: n }, () => rng.pick(this.letters)).join('');
  }

  private spelled(rng: Rng, letters: string, setting = rng.pick(SETTINGS)): GeneratedSentence {
    return {
      english: [letters],
      glosses: [`${FINGERSPELL_PREFIX}${letters}`],
      nonManual: [],
      kind: 'fingerspelling',
      setting,
      fingerspelled: [letters],
    };
  }
}
