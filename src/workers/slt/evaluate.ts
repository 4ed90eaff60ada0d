/**
 * `eval slt`: a pack over a corpus split, decoded exactly as the app decodes (translateClip), scored
 * with the project's metrics (sacreBLEU conventions, every reference wording of an utterance).
 */
import {
  bleuSignature,
  chrfSignature,
  corpusBleuMulti,
  corpusChrfMulti,
  recordSentenceType,
  refCount,
  rougeL,
  sentenceType,
  wer,
} from '../../shared/metrics';
import { corpusClip } from './corpus-clips';
import type { CorpusRecord } from './corpus-clips';
import type { SltModel } from './model';
import { translateClip } from './run-file';

/** Utterance-length bins, in reference glosses. */
export const LENGTH_BINS = [
  [1, 3],
  [4, 6],
  [7, 9],
  [10, Infinity],
] as const;

export interface SltScores {
  readonly n: number;
  readonly bleu4: number;
  readonly chrf: number;
  readonly rougeL: number;
  readonly wer: number;
  readonly glossWer: number;
  readonly meanConfidence: number;
  /** Decoded sentence type = the record's (statement, yes/no, wh, negation), where scored. */
  readonly sentenceTypeAccuracy: number | null;
  readonly sentenceTypeN: number;
  /** Where scored: the record's sentence type → the decoded text's type → utterances. */
  readonly sentenceTypeConfusion: Readonly<Record<string, Readonly<Record<string, number>>>> | null;
  readonly byLength: { glosses: string; n: number; bleu4: number; glossWer: number }[];
  readonly secondsPerUtterance: number;
  readonly tokenization: '13a';
  /** sacreBLEU-style signatures of bleu4 and chrf (all reference wordings). */
  readonly signature: { readonly bleu: string; readonly chrf: string };
}

export interface Decoded {
  readonly record: CorpusRecord;
  readonly text: string;
  readonly glosses: string[];
  readonly confidence: number;
}

export async function decodeRecords(
  model: SltModel,
  dir: string,
  records: readonly CorpusRecord[],
  onDone?: (done: number) => void,
): Promise<Decoded[]> {
  const out: Decoded[] = [];
  for (const record of records) {
    const r = await translateClip(model, corpusClip(dir, record));
    if (r.errors.length > 0) throw new Error(`utterance ${record.id}: ${r.errors.join('; ')}`);
    out.push({ record, text: r.text, glosses: r.glosses, confidence: r.confidence });
    onDone?.(out.length);
  }
  return out;
}

const refGlosses = (r: CorpusRecord): string => r.glosses.map((g) => g.gloss).join(' ');

export function scoreDecoded(d: readonly Decoded[], seconds: number, typed: boolean): SltScores {
  const hyps = d.map((x) => x.text);
  const refs = d.map((x) => x.record.english);
  const first = refs.map((r) => r[0] ?? '');
  const gHyp = d.map((x) => x.glosses.join(' '));
  const gRef = d.map((x) => refGlosses(x.record));
  const types = typed ? d : [];
  const correct = types.filter(
    (x) => sentenceType(x.text) === recordSentenceType(x.record.kind),
  ).length;
  const confusion: Record<string, Record<string, number>> = {};
  for (const x of types) {
    const row = (confusion[recordSentenceType(x.record.kind)] ??= {});
    const got = sentenceType(x.text);
    row[got] = (row[got] ?? 0) + 1;
  }
  const byLength = LENGTH_BINS.map(([lo, hi]) => {
    const sel = d.filter((x) => x.record.glosses.length >= lo && x.record.glosses.length <= hi);
    return {
      glosses: hi === Infinity ? `${lo}+` : `${lo}-${hi}`,
      n: sel.length,
      bleu4: sel.length
        ? corpusBleuMulti(
            sel.map((x) => x.text),
            sel.map((x) => x.record.english),
          )
        : 0,
      glossWer: sel.length
        ? wer(
            sel.map((x) => x.glosses.join(' ')),
            sel.map((x) => refGlosses(x.record)),
          )
        : 0,
    };
  }).filter((b) => b.n > 0);
  return {
    n: d.length,
    bleu4: corpusBleuMulti(hyps, refs),
    chrf: corpusChrfMulti(hyps, refs),
    // ROUGE-L and WER against the first (canonical) wording: both are single-reference scores.
    rougeL: rougeL(hyps, first),
    wer: wer(hyps, first),
    glossWer: wer(gHyp, gRef),
    meanConfidence: d.length ? d.reduce((a, x) => a + x.confidence, 0) / d.length : 0,
    sentenceTypeAccuracy: types.length ? (100 * correct) / types.length : null,
    sentenceTypeN: types.length,
    sentenceTypeConfusion: types.length ? confusion : null,
    byLength,
    secondsPerUtterance: d.length ? seconds / d.length : 0,
    tokenization: '13a',
    signature: { bleu: bleuSignature(refCount(refs), '13a'), chrf: chrfSignature(refCount(refs)) },
  };
}
