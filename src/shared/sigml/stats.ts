import type { DiagnosticCode } from './diagnostics';
import type { ParseResult } from './result';

/** Codes that mean "an element this parser does not support" rather than a grammar problem. */
const UNSUPPORTED_CODES: ReadonlySet<DiagnosticCode> = new Set([
  'unknown-symbol',
  'unsupported-symbol',
  'unexpected-element',
]);

export interface LexiconStats {
  /** Number of <hns_sign> elements. */
  readonly signs: number;
  /** Signs with no error diagnostic and no unsupported element. */
  readonly understood: number;
  /** Signs with at least one error or warning. */
  readonly withDiagnostics: number;
  /** Unsupported element name → occurrences (errors only; warnings are ignored content). */
  readonly unsupported: Readonly<Record<string, number>>;
  /** Diagnostics by severity and code ("error unexpected-symbol" → count), for the report. */
  readonly byCode: Readonly<Record<string, number>>;
}

/** Counts for `lexicon import`: how much of a SiGML lexicon the parser understood. */
export function lexiconStats(result: ParseResult): LexiconStats {
  const unsupported: Record<string, number> = {};
  const byCode: Record<string, number> = {};
  for (const d of result.diagnostics) {
    const key = `${d.severity} ${d.code}`;
    byCode[key] = (byCode[key] ?? 0) + 1;
    if (d.severity === 'error' && UNSUPPORTED_CODES.has(d.code) && d.element !== undefined) {
      unsupported[d.element] = (unsupported[d.element] ?? 0) + 1;
    }
  }
  return {
    signs: result.signs.length,
    understood: result.signs.filter((s) => s.understood).length,
    withDiagnostics: result.signs.filter((s) => s.diagnostics.some((d) => d.severity !== 'info'))
      .length,
    unsupported,
    byCode,
  };
}
