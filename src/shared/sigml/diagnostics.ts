/**
 * Parser diagnostics. The parser never throws: every problem in the input becomes a Diagnostic
 * naming the sign (gloss), the element and where it is (index in the manual symbol sequence and
 * line:column in the document).
 */
export const DIAGNOSTIC_CODES = {
  'xml-syntax': 'the document is not well-formed XML here',
  'unexpected-element': 'an element that SiGML does not allow in this place',
  'unknown-symbol': 'an element inside <hamnosys_manual> that is not a HamNoSys symbol',
  'unsupported-symbol': 'a HamNoSys symbol the SignSpec does not represent (coreference, obsolete)',
  'ignored-symbol': 'a HamNoSys symbol without effect on the sign (punctuation, version mark)',
  'symbol-case': 'a HamNoSys symbol written with different letter case',
  'unexpected-symbol': 'a HamNoSys symbol the grammar does not allow in this place',
  'degraded-symbol':
    'a symbol out of its place, read as the nearest thing motion performs (or left out)',
  'missing-symbol': 'the grammar needs a symbol here (e.g. a handshape, a closing bracket)',
  'unexpected-attribute': 'an attribute the element does not have in SiGML (ignored)',
  'unknown-tag': 'a non-manual tag value the tier does not know',
  'missing-attribute': 'a required attribute is missing',
  'unexpected-text': 'text content where SiGML has only elements',
  'no-manual': 'a sign without a manual part',
  'no-signs': 'the document has no signs',
} as const;
export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

/**
 * 'error': the sign (or this part of it) could not be understood; 'warning': understood with an
 * assumption (the message says which); 'info': harmless oddity.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  readonly severity: Severity;
  readonly code: DiagnosticCode;
  /** Says what was found, where, and what would be valid. */
  readonly message: string;
  /** Gloss of the sign it belongs to; absent for document-level problems. */
  readonly gloss?: string;
  /** The element (or symbol) name concerned. */
  readonly element?: string;
  /** Index in the sign's manual symbol sequence, when the problem is in <hamnosys_manual>. */
  readonly index?: number;
  /** 1-based position in the document. */
  readonly line: number;
  readonly column: number;
}
