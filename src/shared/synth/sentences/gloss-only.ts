import type { NonManualType } from '../../text/result';
import type { Rng } from '../rng';
import { SignRow } from './context';
import type { SentenceLexicon } from './lexicon';
import { englishOf } from './templates/fallback';
import {
  SETTINGS,
  type GeneratedSentence,
  type SentenceGenerator,
  type SentenceKind,
} from './types';
import { FEMALE_NAMES, MALE_NAMES } from './vocab/names';

const MIN_SIGNS = 2;
const MAX_SIGNS = 7;
/** Chance of each marking on a random sequence; the rest carry none. */
const MARKINGS: readonly [SentenceKind, NonManualType | undefined, number][] = [
  ['statement', undefined, 4],
  ['yn-question', 'yn-question', 2],
  ['wh-question', 'wh-question', 1],
  ['negation', 'negation', 2],
  ['topic', 'topic', 1],
];

/**
 * For a lexicon without English keywords (a DGS or BSL pack imported from SiGML, glosses like
 * HAUS1A): random sequences of 2–7 signs with random non-manual spans.
 *
 * NOT REAL ENGLISH: `english` holds one pseudo-reference, the signs' first keywords (or the gloss
 * lowercased with digits and suffixes stripped) joined by spaces, with "not" after a negated span
 * and "?" after a question. It lets the corpus pipeline run and be scored on gloss order, but it
 * is no translation; train sign → gloss, not sign → text, on such a corpus.
 */
export class GlossOnlyGenerator implements SentenceGenerator {
  readonly mode = 'gloss-only' as const;

  constructor(private readonly lex: SentenceLexicon) {}

  generate(rng: Rng, focus?: string): GeneratedSentence {
    if (focus !== undefined && !this.lex.has(focus)) {
      throw new RangeError(
        `generate: focus '${focus}' is not a gloss of this lexicon; give one of its ${this.lex.entries.length} glosses`,
      );
    }
    const n = rng.int(MIN_SIGNS, MAX_SIGNS);
    const glosses = Array.from({ length: n }, () => rng.pick(this.lex.signs).gloss);
    if (focus !== undefined) glosses[rng.int(0, n - 1)] = focus;
    const [kind, type] = MARKINGS[rng.weighted(MARKINGS.map((m) => m[2]))] ?? [
      'statement',
      undefined,
    ];
    return this.sentence(rng, glosses, kind, type);
  }

  pair(rng: Rng): readonly [GeneratedSentence, GeneratedSentence] {
    const n = rng.int(MIN_SIGNS, MAX_SIGNS);
    const glosses = Array.from({ length: n }, () => rng.pick(this.lex.signs).gloss);
    const negated = rng.chance(0.5);
    const setting = rng.pick(SETTINGS);
    const a = this.sentence(rng, glosses, 'statement', undefined, setting);
    const b = negated
      ? this.sentence(rng, glosses, 'negation', 'negation', setting)
      : this.sentence(rng, glosses, 'yn-question', 'yn-question', setting);
    return [a, b];
  }

  fingerspelling(rng: Rng): GeneratedSentence {
    const names = [...FEMALE_NAMES, ...MALE_NAMES].filter((w) => this.lex.spell(w) !== undefined);
    const n = rng.int(1, MAX_SIGNS - 1);
    const glosses = Array.from({ length: n }, () => rng.pick(this.lex.signs).gloss);
    // With an alphabet too small for any name, spell a made-up one from the letters there are.
    const letters = this.lex.alphabet;
    const name =
      names.length > 0
        ? rng.pick(names)
        : Array.from({ length: rng.int(2, 5) }, () => rng.pick(letters)).join('');
    glosses.splice(rng.int(0, n), 0, this.lex.spell(name) ?? `fs-${name.toUpperCase()}`);
    return this.sentence(rng, glosses, 'fingerspelling', undefined);
  }

  private sentence(
    rng: Rng,
    glosses: readonly string[],
    kind: SentenceKind,
    type: NonManualType | undefined,
    setting = rng.pick(SETTINGS),
  ): GeneratedSentence {
    const row = new SignRow();
    for (const g of glosses) row.add([g], g.startsWith('fs-') ? [g.slice(3)] : []);
    const n = glosses.length;
    let negEnd = -1;
    if (type === 'yn-question' || type === 'wh-question') row.mark(type, 0);
    else if (type === 'negation') {
      const start = rng.int(Math.min(1, n - 1), n - 1);
      negEnd = n;
      row.mark('negation', start, n);
    } else if (type === 'topic') row.mark('topic', 0, Math.max(1, Math.min(2, n - 1)));
    const words = glosses.map((g, i) => {
      const w = g.startsWith('fs-')
        ? g.slice(3).charAt(0) + g.slice(4).toLowerCase()
        : this.lex.entry(g)?.keywords[0]?.trim() || englishOf(g);
      return i === negEnd - 1 ? `${w} not` : w;
    });
    const text = words.join(' ') + (type === 'yn-question' || type === 'wh-question' ? '?' : '');
    const d = row.draft([text]);
    return { ...d, kind, setting };
  }
}
