import type { Diagnostic, DiagnosticCode, Severity } from '../diagnostics';

/** Where a diagnostic points: an element (or other node) of the document. */
export interface At {
  readonly line: number;
  readonly column: number;
}

/** Collects diagnostics for one sign (or the document), stamping the gloss on each. */
export class Collector {
  readonly list: Diagnostic[] = [];

  constructor(readonly gloss: string | undefined) {}

  add(
    severity: Severity,
    code: DiagnosticCode,
    message: string,
    at: At,
    element?: string,
    index?: number,
  ): void {
    const d: Diagnostic = {
      severity,
      code,
      message: this.gloss === undefined ? message : `${this.gloss}: ${message}`,
      line: at.line,
      column: at.column,
      ...(this.gloss !== undefined && { gloss: this.gloss }),
      ...(element !== undefined && { element }),
      ...(index !== undefined && { index }),
    };
    this.list.push(d);
  }

  get hasError(): boolean {
    return this.list.some((d) => d.severity === 'error');
  }
}
