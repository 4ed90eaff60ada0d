/**
 * `cli eval t2g --pack <id|dir> --set <tsv>`: a categorized test set (test/fixtures/t2g/*.tsv)
 * through the pack's text → gloss engine, scored by category, exact gloss-sequence match and gloss
 * WER, on all sentences and on the held-out half (a hash of the English, docs/t2g-eval.md). Misses
 * are listed under --verbose for the calibration half only, so rules are tuned without reading
 * the held-out sentences; --all-misses lists both halves.
 */
import fs from 'node:fs';
import { modelsDir } from '../../node/paths';
import {
  parseGlossTestSet,
  scoreByCategory,
  splitOf,
  type GlossScores,
  type Split,
} from '../../shared/text/eval';
import { embeddingsDirOf, openT2gEngine } from '../../workers/slp/t2g/engine';
import { emit } from '../command';
import { resolvePack } from '../pack-arg';

export const EVAL_T2G_SET_USAGE = `       cli eval t2g --pack <id|dir> --set <test-set.tsv> [--verbose | --all-misses] [--json]
  --set scores a categorized test set (columns category, setting, english, reference; see
  docs/t2g-eval.md) by category: exact gloss-sequence match (share of sentences) and gloss WER
  (edits over reference glosses); fs- is folded before comparing (a spelled word keeps its meaning).
  Each row is given for all sentences and for the held-out half (split by a hash of the English).
  --verbose lists each calibration sentence that missed (tune rules on these only); --all-misses
  lists the held-out misses too. JSON: {"pack", "n", "overall", "categories", "heldOut": {"n",
  "overall", "categories"}, "heldOutMisses", "misses": [{"line", "split", "category", "english",
  "reference", "hypothesis"}]} (misses as listed).`;

export interface T2gSetReport extends GlossScores {
  readonly pack: string;
  readonly n: number;
  /** The same scores on the held-out half only. */
  readonly heldOut: GlossScores & { readonly n: number };
  /** Held-out sentences that missed (listed in `misses` only with --all-misses). */
  readonly heldOutMisses: number;
  readonly misses: {
    line: number;
    split: Split;
    category: string;
    english: string;
    reference: string;
    hypothesis: string;
  }[];
}

export async function evalT2gSet(
  pack: string,
  setFile: string,
  opts: { json: boolean; verbose: boolean; allMisses?: boolean },
): Promise<number> {
  if (!fs.existsSync(setFile)) throw new Error(`test set ${setFile} does not exist`);
  const items = parseGlossTestSet(fs.readFileSync(setFile, 'utf8'), setFile);
  const engine = await openT2gEngine(resolvePack(pack), {
    embeddingsDir: embeddingsDirOf(modelsDir()),
  });
  let hyps: string[];
  try {
    hyps = await engine.translateLines(items.map((i) => i.english));
  } finally {
    await engine.dispose();
  }
  const scores = scoreByCategory(items, hyps);
  const held = items.flatMap((item, i) =>
    splitOf(item.english) === 'held-out' ? [{ item, hyp: hyps[i] ?? '' }] : [],
  );
  const heldOut = {
    n: held.length,
    ...scoreByCategory(
      held.map((h) => h.item),
      held.map((h) => h.hyp),
    ),
  };
  const allMisses = items.flatMap((item, i) => {
    const hypothesis = hyps[i] ?? '';
    const hit = scoreByCategory([item], [hypothesis]).overall.exact === 1;
    return hit
      ? []
      : [
          {
            line: item.line,
            split: splitOf(item.english),
            category: item.category,
            english: item.english,
            reference: item.reference,
            hypothesis,
          },
        ];
  });
  const heldOutMisses = allMisses.filter((m) => m.split === 'held-out').length;
  const misses = opts.allMisses
    ? allMisses
    : opts.verbose
      ? allMisses.filter((m) => m.split === 'calibration')
      : [];
  const report: T2gSetReport = {
    pack,
    n: items.length,
    ...scores,
    heldOut,
    heldOutMisses,
    misses,
  };
  emit(opts.json, report, () => formatReport(report));
  return 0;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);
const cells = (c: { n: number; exact: number; wer: number } | undefined) =>
  c === undefined
    ? `${'0'.padStart(4)} ${'-'.padStart(7)} ${'-'.padStart(7)}`
    : `${String(c.n).padStart(4)} ${pct(c.exact)} ${c.wer.toFixed(1).padStart(7)}`;

function formatReport(r: T2gSetReport): string {
  const held = new Map(r.heldOut.categories.map((c) => [c.category, c]));
  const rows = [...r.categories, r.overall].map(
    (c) =>
      `  ${c.category.padEnd(14)} ${cells(c)}   ${cells(c.category === 'all' ? r.heldOut.overall : held.get(c.category))}`,
  );
  const out = [
    `${r.pack} on ${r.n} sentences (${r.heldOut.n} held out), by category:`,
    `  ${''.padEnd(14)} ${'all'.padEnd(20)}   held out`,
    `  ${'category'.padEnd(14)} ${'n'.padStart(4)} ${'exact'.padStart(7)} ${'WER'.padStart(7)}   ${'n'.padStart(4)} ${'exact'.padStart(7)} ${'WER'.padStart(7)}`,
    ...rows,
  ];
  for (const m of r.misses)
    out.push(
      `  line ${m.line} [${m.category}, ${m.split}] ${m.english}\n      ref ${m.reference}\n      got ${m.hypothesis}`,
    );
  if (r.misses.length > 0 && r.misses.every((m) => m.split === 'calibration'))
    out.push(`  (${r.heldOutMisses} held-out misses not listed: --all-misses lists them)`);
  return out.join('\n');
}
