import type { NonManualSpan } from '../../text/result';
import type { Rng } from '../rng';

/** What a generated sentence exercises: its grammar (non-manuals, word order) or its content. */
export const SENTENCE_KINDS = [
  'statement',
  'yn-question',
  'wh-question',
  'negation',
  'topic',
  'conditional',
  'time-first',
  'request',
  'number',
  'clock-time',
  'date',
  'fingerspelling',
] as const;
export type SentenceKind = (typeof SENTENCE_KINDS)[number];

/** The app's three use cases; vocabulary is drawn to fit the scene. */
export const SETTINGS = ['counter', 'home', 'classroom'] as const;
export type Setting = (typeof SETTINGS)[number];

export interface LexiconEntryInfo {
  readonly gloss: string;
  readonly keywords: readonly string[];
  readonly category?: string;
}

export interface GeneratedSentence {
  /** ≥1 natural English wording; ≥2 where English allows (first = canonical). */
  readonly english: readonly string[];
  /** Lexicon glosses, or fs-WORD for fingerspelled words. */
  readonly glosses: readonly string[];
  readonly nonManual: readonly NonManualSpan[];
  readonly kind: SentenceKind;
  readonly setting: Setting;
  /** The words spelled, e.g. ['JOHN']. */
  readonly fingerspelled: readonly string[];
}

export interface SentenceGenerator {
  readonly mode: 'english' | 'gloss-only';
  /** One sentence; when `focus` (a lexicon gloss) is given the sentence must contain it. */
  generate(rng: Rng, focus?: string): GeneratedSentence;
  /**
   * A non-manual minimal pair: the same glosses, different nonManual spans and different English
   * (statement vs yes/no question, statement vs negation, wh-question vs yes/no question, ...).
   */
  pair(rng: Rng): readonly [GeneratedSentence, GeneratedSentence];
  /** A sentence with at least one fingerspelled name or word. */
  fingerspelling(rng: Rng): GeneratedSentence;
}

export interface SentenceGeneratorOptions {
  /** Letters the pack can fingerspell (A–Z for ASL); defaults to the lexicon's alphabet entries. */
  readonly alphabet?: readonly string[];
  /** The pack's spoken language ('en'); English mode needs English keywords. */
  readonly spokenLanguage?: string;
}
