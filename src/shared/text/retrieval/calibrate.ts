import type { WordClass } from './thesaurus';
import { WORD_CLASSES } from './thesaurus';
import { tsvRows } from '../tsv';
import { splitOf, type Split } from '../eval/split';

/**
 * Calibrating when retrieval may stand a sign in for a word: labelled (word, sign keyword,
 * keeps-meaning) pairs, each scored by the cosine of the two words' vectors, give one threshold per
 * source of the candidate (a WordNet synonym, a WordNet hypernym, the nearest vector). Fitted on
 * the calibration half of the pairs only and reported on both halves, so the held-out figures are
 * of pairs the fit never read.
 */
export const SUBSTITUTION_SOURCES = ['synonym', 'hypernym', 'nearest'] as const;
export type SubstitutionSource = (typeof SUBSTITUTION_SOURCES)[number];

export interface SubstitutionPair {
  readonly word: string;
  readonly cls: WordClass;
  readonly keyword: string;
  readonly source: SubstitutionSource;
  readonly keeps: boolean;
  readonly line: number;
}

export interface ScoredPair extends SubstitutionPair {
  /** Cosine of word and keyword; undefined when either has no vector (never accepted). */
  readonly score: number | undefined;
}

export interface ThresholdFigures {
  readonly threshold: number;
  readonly pairs: number;
  readonly accepted: number;
  /** Accepted pairs that keep the meaning. */
  readonly correct: number;
  /** correct / accepted (1 when nothing is accepted: no wrong sign shown). */
  readonly precision: number;
  /** correct / pairs that keep the meaning. */
  readonly recall: number;
  /** Share of pairs decided right (accepted and keeps, or refused and does not). */
  readonly accuracy: number;
  readonly f05: number;
}

/** F0.5 is reported alongside: precision counts double. */
const F_BETA = 0.5;
/** A threshold no cosine reaches: the source never substitutes. */
export const NEVER = 1.01;

const COLUMNS = ['word', 'class', 'keyword', 'source', 'keeps'];

export function parseSubstitutionPairs(text: string, name = 'pairs'): SubstitutionPair[] {
  const out: SubstitutionPair[] = [];
  for (const { cells, line } of tsvRows(text, COLUMNS, name)) {
    const [word = '', cls = '', keyword = '', source = '', keeps = ''] = cells;
    if (cells.length !== COLUMNS.length || word === '' || keyword === '')
      throw new Error(
        `${name}:${line}: expected ${COLUMNS.join(', ')}, got ${JSON.stringify(cells)}`,
      );
    if (!(WORD_CLASSES as readonly string[]).includes(cls))
      throw new Error(
        `${name}:${line}: class "${cls}", expected one of ${WORD_CLASSES.join(', ')}`,
      );
    if (!(SUBSTITUTION_SOURCES as readonly string[]).includes(source))
      throw new Error(
        `${name}:${line}: source "${source}", expected one of ${SUBSTITUTION_SOURCES.join(', ')}`,
      );
    if (keeps !== 'yes' && keeps !== 'no')
      throw new Error(`${name}:${line}: keeps "${keeps}", expected yes or no`);
    out.push({
      word,
      cls: cls as WordClass,
      keyword,
      source: source as SubstitutionSource,
      keeps: keeps === 'yes',
      line,
    });
  }
  return out;
}

/** Whether a substitution at `threshold` would be made for this pair (an unscored pair never is). */
const accepts = (p: ScoredPair, threshold: number): boolean =>
  p.score !== undefined && p.score >= threshold;

export function figuresAt(pairs: readonly ScoredPair[], threshold: number): ThresholdFigures {
  let accepted = 0;
  let correct = 0;
  let right = 0;
  const positives = pairs.filter((p) => p.keeps).length;
  for (const p of pairs) {
    const take = accepts(p, threshold);
    if (take) accepted++;
    if (take && p.keeps) correct++;
    if (take === p.keeps) right++;
  }
  const precision = accepted === 0 ? 1 : correct / accepted;
  const recall = positives === 0 ? 0 : correct / positives;
  const b2 = F_BETA * F_BETA;
  const f05 =
    precision + recall === 0 ? 0 : ((1 + b2) * precision * recall) / (b2 * precision + recall);
  return {
    threshold,
    pairs: pairs.length,
    accepted,
    correct,
    precision,
    recall,
    accuracy: pairs.length === 0 ? 0 : right / pairs.length,
    f05,
  };
}

/**
 * Substitutions must keep the meaning: the fitted threshold is the lowest at which at least this
 * share of the accepted pairs keep it. A wrong sign misleads, a fingerspelled word only costs time.
 */
export const MIN_PRECISION = 0.9;

/**
 * A threshold is trusted only when the pairs it accepts span at least this many different words:
 * a precision over the candidates of one or two words (horrible → AWFUL and horrible → TERRIBLE)
 * says nothing about the next word.
 */
export const MIN_SUPPORT_WORDS = 5;

/**
 * The lowest threshold whose accepted pairs reach MIN_PRECISION over at least MIN_SUPPORT_WORDS
 * words (every observed score is a candidate), or NEVER when none does: that source then never
 * substitutes.
 */
export function fitThreshold(pairs: readonly ScoredPair[]): ThresholdFigures {
  const candidates = [
    ...new Set(pairs.flatMap((p) => (p.score === undefined ? [] : [p.score]))),
  ].sort((a, b) => a - b);
  for (const t of candidates) {
    const f = figuresAt(pairs, t);
    if (f.precision < MIN_PRECISION) continue;
    const words = new Set(pairs.filter((p) => accepts(p, t)).map((p) => p.word));
    if (words.size >= MIN_SUPPORT_WORDS) return f;
  }
  return figuresAt(pairs, NEVER);
}

/**
 * The half a pair belongs to, by its word (docs/t2g-eval.md): every candidate for one word falls in
 * the same half, so a held-out word was never seen by the fit under another keyword.
 */
export function pairSplit(pair: Pick<SubstitutionPair, 'word'>): Split {
  return splitOf(pair.word);
}

export interface SourceCalibration {
  readonly source: SubstitutionSource;
  /** Fitted on the calibration half only, with its figures there: the value to use. */
  readonly fitted: ThresholdFigures;
  /** The fitted threshold measured on the held-out half, which the fit never read. */
  readonly heldOut: ThresholdFigures;
}

export function calibrateSubstitution(pairs: readonly ScoredPair[]): SourceCalibration[] {
  return SUBSTITUTION_SOURCES.map((source) => {
    const own = pairs.filter((p) => p.source === source);
    const fitted = fitThreshold(own.filter((p) => pairSplit(p) === 'calibration'));
    const heldOut = figuresAt(
      own.filter((p) => pairSplit(p) === 'held-out'),
      fitted.threshold,
    );
    return { source, fitted, heldOut };
  });
}
