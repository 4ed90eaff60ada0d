/**
 * Turns a parsed SiGML lexicon into a pack lexicon index: keywords derived from each gloss, a
 * category from the file, and a description of the form in HamNoSys terms (an imported lexicon
 * has no hand-written descriptions). Counts what motion can animate, for `lexicon import`.
 */
import { isAnimatable } from '../motion/animatable';
import type { ParsedSign, ParseResult } from '../sigml/result';
import { signManualSymbols } from '../sigml/serialize';
import { lexiconStats } from '../sigml/stats';
import type { LexiconEntry, LexiconIndex } from './schema';
import { LEXICON_INDEX_SCHEMA_VERSION } from './schema';

/** Longest description the index schema accepts. */
const MAX_DESCRIPTION = 400;

export interface ImportReport {
  readonly signs: number;
  readonly animated: number;
  readonly withDiagnostics: number;
  readonly unsupported: Readonly<Record<string, number>>;
  readonly understood: number;
  /** Glosses left out of the index because their spec could not be animated. */
  readonly skipped: readonly string[];
}

/**
 * Keywords from a lexicon gloss: "A-MOMENT-AGO1^" → "a moment ago", "abroad(a)#1" → "abroad",
 * "ABOVE2A^" → "above". Variant numbers, part-of-speech tags and markers are dropped.
 */
export function glossKeywords(gloss: string): string[] {
  const words = gloss
    .replace(/\([a-z]+\)/gi, ' ')
    .replace(/#\d+$/, '')
    .replace(/\d+[A-Z]?\^?$/, '')
    .replace(/[\^_]/g, ' ')
    .replace(/-/g, ' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');
  return [words || gloss.toLowerCase()].map((k) => k.slice(0, 64).trim()).filter((k) => k !== '');
}

function describe(symbols: readonly string[], source: string): string {
  const text = `Imported from ${source}. HamNoSys: ${symbols.map((s) => s.replace(/^ham/, '')).join(' ')}`;
  return text.length <= MAX_DESCRIPTION ? text : `${text.slice(0, MAX_DESCRIPTION - 1)}…`;
}

export interface BuildIndexOptions {
  readonly file: string;
  readonly category: string;
  readonly signLanguage: string;
  readonly spokenLanguage: string;
  readonly source: string;
}

export interface ImportResult {
  readonly index: LexiconIndex | undefined;
  /** The signs the index lists, in source order: what the pack's SiGML file should hold. */
  readonly kept: readonly ParsedSign[];
  readonly report: ImportReport;
}

export function buildImportIndex(result: ParseResult, opts: BuildIndexOptions): ImportResult {
  const stats = lexiconStats(result);
  const entries: LexiconEntry[] = [];
  const kept: ParsedSign[] = [];
  const skipped: string[] = [];
  const seen = new Set<string>();
  let animated = 0;
  for (const sign of result.signs) {
    const ok = sign.understood && isAnimatable(sign.spec).ok;
    if (ok) animated++;
    if (!ok || seen.has(sign.gloss) || /\s/.test(sign.gloss) || sign.gloss === '') {
      skipped.push(sign.gloss);
      continue;
    }
    seen.add(sign.gloss);
    kept.push(sign);
    entries.push({
      gloss: sign.gloss,
      file: opts.file,
      keywords: glossKeywords(sign.gloss),
      category: opts.category,
      description: describe(signManualSymbols(sign.spec), opts.source),
    });
  }
  const report: ImportReport = {
    signs: stats.signs,
    animated,
    withDiagnostics: stats.withDiagnostics,
    unsupported: stats.unsupported,
    understood: stats.understood,
    skipped,
  };
  const index: LexiconIndex | undefined =
    entries.length === 0
      ? undefined
      : {
          schemaVersion: LEXICON_INDEX_SCHEMA_VERSION,
          signLanguage: opts.signLanguage,
          spokenLanguage: opts.spokenLanguage,
          entries,
        };
  return { index, kept, report };
}
