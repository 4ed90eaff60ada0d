import { FINGERSPELL_PREFIX } from '../text/result';
import type { CorpusRecord } from './record';
import { SPLITS, type Split } from './splits';

export interface CorpusStats {
  readonly utterances: number;
  readonly hours: number;
  readonly frames: number;
  readonly perSplit: Record<Split, { utterances: number; hours: number }>;
  readonly perKind: Record<string, number>;
  /** Lexicon signs (letters excluded) and how often each appears in train. */
  readonly coverage: {
    readonly signs: number;
    readonly signsInTrain: number;
    readonly minTrainCount: number;
    readonly medianTrainCount: number;
    readonly rarest: readonly { gloss: string; count: number }[];
  };
  /** Share of test-unseen-sentence n-grams (n = 1–4) that occur in train, and whole sequences. */
  readonly unseenSentenceOverlap: {
    readonly ngram: Record<'1' | '2' | '3' | '4', number>;
    readonly wholeSequencesInTrain: number;
  };
  readonly englishReferences: { readonly mean: number; readonly atLeastTwo: number };
  readonly leftHanded: number;
  readonly fps: Record<string, number>;
}

const glossKey = (r: CorpusRecord): string[] => r.glosses.map((g) => g.gloss);

export function corpusStats(
  records: readonly CorpusRecord[],
  lexiconGlosses: readonly string[],
): CorpusStats {
  const perSplit = Object.fromEntries(
    SPLITS.map((s) => [s, { utterances: 0, hours: 0 }]),
  ) as Record<Split, { utterances: number; hours: number }>;
  const perKind: Record<string, number> = {};
  const fps: Record<string, number> = {};
  const trainCount = new Map<string, number>();
  const trainNgrams = [new Set<string>(), new Set<string>(), new Set<string>(), new Set<string>()];
  const trainSeqs = new Set<string>();
  let frames = 0;
  let hours = 0;
  let refs = 0;
  let twoRefs = 0;
  let left = 0;
  for (const r of records) {
    const h = r.frames / r.fps / 3600;
    hours += h;
    frames += r.frames;
    perSplit[r.split].utterances++;
    perSplit[r.split].hours += h;
    perKind[r.kind] = (perKind[r.kind] ?? 0) + 1;
    fps[String(r.fps)] = (fps[String(r.fps)] ?? 0) + 1;
    refs += r.english.length;
    if (r.english.length >= 2) twoRefs++;
    if (r.dominant === 'left') left++;
    if (r.split === 'train') {
      const g = glossKey(r);
      trainSeqs.add(g.join(' '));
      for (const x of g)
        if (!x.startsWith(FINGERSPELL_PREFIX)) trainCount.set(x, (trainCount.get(x) ?? 0) + 1);
      for (let n = 1; n <= 4; n++) for (const k of ngrams(g, n)) trainNgrams[n - 1]!.add(k);
    }
  }
  const letters = /^\p{Lu}$/u;
  const signs = lexiconGlosses.filter((g) => !letters.test(g));
  const counts = signs
    .map((g) => ({ gloss: g, count: trainCount.get(g) ?? 0 }))
    .sort((a, b) => a.count - b.count);
  const ngram = { '1': 0, '2': 0, '3': 0, '4': 0 };
  let whole = 0;
  const tests = records.filter((r) => r.split === 'test-unseen-sentence');
  for (let n = 1; n <= 4; n++) {
    let seen = 0;
    let total = 0;
    for (const r of tests)
      for (const k of ngrams(glossKey(r), n)) {
        total++;
        if (trainNgrams[n - 1]!.has(k)) seen++;
      }
    ngram[String(n) as '1'] = total > 0 ? seen / total : 0;
  }
  for (const r of tests) if (trainSeqs.has(glossKey(r).join(' '))) whole++;
  return {
    utterances: records.length,
    hours,
    frames,
    perSplit,
    perKind,
    coverage: {
      signs: signs.length,
      signsInTrain: counts.filter((c) => c.count > 0).length,
      minTrainCount: counts[0]?.count ?? 0,
      medianTrainCount: counts[Math.floor(counts.length / 2)]?.count ?? 0,
      rarest: counts.slice(0, 5),
    },
    unseenSentenceOverlap: { ngram, wholeSequencesInTrain: whole },
    englishReferences: {
      mean: records.length > 0 ? refs / records.length : 0,
      atLeastTwo: records.length > 0 ? twoRefs / records.length : 0,
    },
    leftHanded: records.length > 0 ? left / records.length : 0,
    fps,
  };
}

function ngrams(seq: readonly string[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= seq.length; i++) out.push(seq.slice(i, i + n).join(' '));
  return out;
}
