import type { Diagnostic } from './diagnostics';
import type { SignSpec } from './spec';

/** One <hns_sign> as parsed. */
export interface ParsedSign {
  readonly gloss: string;
  /** Attributes of <hns_sign> other than gloss, verbatim (e.g. speed, duration, timescale). */
  readonly attributes: Readonly<Record<string, string>>;
  /** The spec, as complete as the input allowed. */
  readonly spec: SignSpec;
  /** Diagnostics about this sign (also listed in ParseResult.diagnostics). */
  readonly diagnostics: readonly Diagnostic[];
  /** No error diagnostic and no unknown or unsupported element: the spec is the whole sign. */
  readonly understood: boolean;
  /** Position of the <hns_sign> start tag (1-based). */
  readonly line: number;
  readonly column: number;
}

export interface ParseResult {
  readonly signs: readonly ParsedSign[];
  /** Every diagnostic, document-level ones included, in document order. */
  readonly diagnostics: readonly Diagnostic[];
}
