/**
 * `cli eval t2g --pack <id|dir> --set <tsv>`: a categorized test set (test/fixtures/t2g/*.tsv)
 * through the pack's text → gloss engine, scored by category: exact gloss-sequence match and
 * gloss WER, with every sentence that missed listed under --verbose.
 */
import fs from 'node:fs';
import { modelsDir } from '../../node/paths';
import { parseGlossTestSet, scoreByCategory, type GlossScores } from '../../shared/text/eval';
import { embeddingsDirOf, openT2gEngine } from '../../workers/slp/t2g/engine';
import { emit } from '../command';
import { resolvePack } from '../pack-arg';

export const EVAL_T2G_SET_USAGE = `       cli eval t2g --pack <id|dir> --set <test-set.tsv> [--verbose] [--json]
  --set scores a categorized test set (columns category, setting, english, reference; see
  docs/t2g-eval.md) by category: exact gloss-sequence match (share of sentences) and gloss WER
  (edits over reference glosses); fs- is folded before comparing (a spelled word keeps its meaning).
  --verbose lists each sentence that missed. JSON: {"pack", "n", "overall", "categories",
  "misses": [{"line", "category", "english", "reference", "hypothesis"}]}`;

export interface T2gSetReport extends GlossScores {
  readonly pack: string;
  readonly n: number;
  readonly misses: {
    line: number;
    category: string;
    english: string;
    reference: string;
    hypothesis: string;
  }[];
}

export async function evalT2gSet(
  pack: string,
  setFile: string,
  opts: { json: boolean; verbose: boolean },
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
  const misses = items.flatMap((item, i) => {
    const hypothesis = hyps[i] ?? '';
    const hit = scoreByCategory([item], [hypothesis]).overall.exact === 1;
    return hit
      ? []
      : [
          {
            line: item.line,
            category: item.category,
            english: item.english,
            reference: item.reference,
            hypothesis,
          },
        ];
  });
  const report: T2gSetReport = { pack, n: items.length, ...scores, misses };
  emit(opts.json, report, () => formatReport(report, opts.verbose));
  return 0;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);

function formatReport(r: T2gSetReport, verbose: boolean): string {
  const rows = [...r.categories, r.overall].map(
    (c) =>
      `  ${c.category.padEnd(14)} ${String(c.n).padStart(4)} ${pct(c.exact)} ${c.wer.toFixed(1).padStart(7)}`,
  );
  const out = [
    `${r.pack} on ${r.n} sentences, by category:`,
    `  ${'category'.padEnd(14)} ${'n'.padStart(4)} ${'exact'.padStart(7)} ${'WER'.padStart(7)}`,
    ...rows,
  ];
  if (verbose)
    for (const m of r.misses)
      out.push(
        `  line ${m.line} [${m.category}] ${m.english}\n      ref ${m.reference}\n      got ${m.hypothesis}`,
      );
  return out.join('\n');
}
