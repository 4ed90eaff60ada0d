import fs from 'node:fs';
import { expect, it } from 'vitest';
import { DIAGNOSTIC_CODES, parseSigml, type ParseResult } from '../../../src/shared/sigml';
import { describeShared, sharedPath } from '../../helpers/shared';
import { MUTATION_NAMES, MUTATIONS, rng } from './fuzz-mutations';

const FILES = [
  'German_SL_DGS.sigml',
  'hamnosys_bsl_version1.sigml',
  'Dutch_SL_NGT.sigml',
  'bsl_alphabet_sigml.sigml',
];
const SIGN_MUTATIONS = 4000;
const FILE_MUTATIONS = 12;
/** Generous: a mutated sign parses in microseconds; this catches runaway loops, not slowness. */
const MAX_MS_PER_DOCUMENT = 2000;

const SEVERITIES = new Set(['error', 'warning', 'info']);

/** Problems with a parse result: malformed diagnostics, or spans outside the symbol list. */
function problemsOf(result: ParseResult, text: string): string[] {
  const problems: string[] = [];
  const lineCount = text.split('\n').length;
  for (const d of result.diagnostics) {
    const where = `${d.code} at ${d.line}:${d.column}`;
    if (!SEVERITIES.has(d.severity)) problems.push(`${where}: severity ${d.severity}`);
    if (!Object.hasOwn(DIAGNOSTIC_CODES, d.code)) problems.push(`${where}: unknown code`);
    if (d.message.length === 0) problems.push(`${where}: empty message`);
    if (!Number.isInteger(d.line) || d.line < 1 || d.line > lineCount + 1)
      problems.push(`${where}: bad line`);
    if (!Number.isInteger(d.column) || d.column < 1) problems.push(`${where}: bad column`);
    if (d.index !== undefined && (!Number.isInteger(d.index) || d.index < 0))
      problems.push(`${where}: index ${d.index}`);
  }
  for (const sign of result.signs) {
    if (sign.diagnostics.some((d) => d.gloss === undefined))
      problems.push(`${sign.gloss}: diagnostic without gloss`);
    if (sign.understood && sign.diagnostics.some((d) => d.severity === 'error')) {
      problems.push(`${sign.gloss}: understood with an error`);
    }
    for (const part of [sign.spec.manual, ...(sign.spec.compound ?? [])]) {
      if (!part) continue;
      for (const span of spans(part)) {
        if (!(span.start >= 0 && span.start <= span.end && span.end <= part.symbols.length)) {
          problems.push(
            `${sign.gloss}: span ${span.start}-${span.end} outside ${part.symbols.length} symbols`,
          );
        }
      }
    }
  }
  return problems;
}

function* spans(node: unknown): Generator<{ start: number; end: number }> {
  if (Array.isArray(node)) for (const x of node) yield* spans(x);
  else if (node !== null && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'src') yield v as { start: number; end: number };
      else if (k !== 'symbols') yield* spans(v);
    }
  }
}

/** Parses; returns what went wrong (a throw, a slow parse, malformed output), if anything. */
function fuzzOne(text: string): { problems: string[]; diagnosed: boolean } {
  const start = performance.now();
  let result: ParseResult;
  try {
    result = parseSigml(text);
  } catch (e) {
    return {
      problems: [`threw ${String(e)} on ${JSON.stringify(text.slice(0, 300))}`],
      diagnosed: false,
    };
  }
  const ms = performance.now() - start;
  const problems = problemsOf(result, text);
  if (ms > MAX_MS_PER_DOCUMENT) problems.push(`took ${ms.toFixed(0)} ms`);
  return { problems, diagnosed: result.diagnostics.length > 0 };
}

describeShared(
  'fuzz: thousands of seeded mutations of the real SiGML files',
  FILES.map((f) => `data/sigml/${f}`),
  () => {
    const texts = FILES.map((f) => fs.readFileSync(sharedPath('data', 'sigml', f), 'utf8'));
    const signs = texts.flatMap((t) => t.match(/<hns_sign[\s\S]*?<\/hns_sign>/g) ?? []);

    it(`${SIGN_MUTATIONS} mutated signs: no throw, well-formed diagnostics, bounded time`, () => {
      const r = rng(20240501);
      const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
      const used: Record<string, number> = {};
      const problems: string[] = [];
      let diagnosed = 0;
      for (let n = 0; n < SIGN_MUTATIONS; n++) {
        let lines = pick(signs).split('\n');
        const rounds = 1 + Math.floor(r() * 3);
        for (let k = 0; k < rounds; k++) {
          const name = pick(MUTATION_NAMES);
          used[name] = (used[name] ?? 0) + 1;
          lines = (MUTATIONS[name] ?? ((l: string[]) => l))(lines, pick, r);
        }
        const text = `<?xml version="1.0"?>\n<sigml>\n${lines.join('\n')}\n</sigml>\n`;
        const outcome = fuzzOne(text);
        problems.push(...outcome.problems);
        if (outcome.diagnosed) diagnosed++;
      }
      expect(problems.slice(0, 20)).toEqual([]);
      expect(Object.keys(used).sort()).toEqual([...MUTATION_NAMES].sort());
      // The mutations must actually break things most of the time, or the test proves little.
      expect(diagnosed / SIGN_MUTATIONS).toBeGreaterThan(0.6);
    }, 120_000);

    it(`${FILE_MUTATIONS} mutated whole files`, () => {
      const r = rng(7);
      const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
      for (let n = 0; n < FILE_MUTATIONS; n++) {
        let lines = pick(texts).split('\n');
        for (let k = 0; k < 20; k++)
          lines = (MUTATIONS[pick(MUTATION_NAMES)] ?? ((l: string[]) => l))(lines, pick, r);
        expect(fuzzOne(lines.join('\n')).problems.slice(0, 20)).toEqual([]);
      }
    }, 120_000);
  },
);
