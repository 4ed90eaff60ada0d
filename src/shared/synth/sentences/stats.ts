import {
  SENTENCE_KINDS,
  SETTINGS,
  type GeneratedSentence,
  type SentenceKind,
  type Setting,
} from './types';

export interface SentenceStats {
  readonly total: number;
  readonly byKind: Readonly<Record<SentenceKind, number>>;
  readonly bySetting: Readonly<Record<Setting, number>>;
  /** Share of sentences with two or more English references (0–1; 0 when there are none). */
  readonly multiReferenceRate: number;
  /** Share with at least one fingerspelled word. */
  readonly fingerspelledRate: number;
  /** Distinct gloss sequences. */
  readonly distinctGlossSequences: number;
}

/** Counts for the corpus report: sentences by kind and setting, and reference coverage. */
export function describeSentenceStats(sentences: readonly GeneratedSentence[]): SentenceStats {
  const byKind = Object.fromEntries(SENTENCE_KINDS.map((k) => [k, 0])) as Record<
    SentenceKind,
    number
  >;
  const bySetting = Object.fromEntries(SETTINGS.map((s) => [s, 0])) as Record<Setting, number>;
  let multi = 0;
  let spelled = 0;
  const sequences = new Set<string>();
  for (const s of sentences) {
    byKind[s.kind] += 1;
    bySetting[s.setting] += 1;
    if (s.english.length >= 2) multi++;
    if (s.fingerspelled.length > 0) spelled++;
    sequences.add(s.glosses.join(' '));
  }
  const n = sentences.length;
  return {
    total: n,
    byKind,
    bySetting,
    multiReferenceRate: n === 0 ? 0 : multi / n,
    fingerspelledRate: n === 0 ? 0 : spelled / n,
    distinctGlossSequences: sequences.size,
  };
}
