import type { DiagnosticCode, Severity } from '../diagnostics';
import type { Span } from '../spec';
import { HAM_SYMBOLS, type HamSymbol, type SymbolCategory } from '../symbols';

/** A HamNoSys symbol of the manual sequence with its index among the <hamnosys_manual> children. */
export interface ManualToken {
  readonly symbol: HamSymbol;
  readonly index: number;
}

export type GrammarReport = (
  severity: Severity,
  code: DiagnosticCode,
  message: string,
  index: number | undefined,
) => void;

/** Deepest bracket nesting the grammar follows; deeper input is reported and skipped. */
export const MAX_NESTING = 48;

/** The parser's position in a sign's symbol sequence, with lookahead and span helpers. */
export class Cursor {
  pos = 0;
  depth = 0;

  constructor(
    readonly tokens: readonly ManualToken[],
    /** Number of children of <hamnosys_manual> (spans end there at most). */
    readonly length: number,
    readonly report: GrammarReport,
  ) {}

  get done(): boolean {
    return this.pos >= this.tokens.length;
  }

  peek(k = 0): HamSymbol | undefined {
    return this.tokens[this.pos + k]?.symbol;
  }

  cat(k = 0): SymbolCategory | undefined {
    const s = this.peek(k);
    return s === undefined ? undefined : HAM_SYMBOLS[s].category;
  }

  is(symbol: HamSymbol, k = 0): boolean {
    return this.peek(k) === symbol;
  }

  /** Consumes and returns the current symbol (call only when not done). */
  take(): HamSymbol {
    const t = this.tokens[this.pos];
    this.pos++;
    return t ? t.symbol : 'hamspace';
  }

  accept(symbol: HamSymbol): boolean {
    if (this.peek() !== symbol) return false;
    this.pos++;
    return true;
  }

  /** Index in the manual sequence of the token at pos + k (or the end of the sequence). */
  index(k = 0): number {
    return this.tokens[this.pos + k]?.index ?? this.length;
  }

  /** Span from the token at `startPos` to the last consumed token. */
  span(startPos: number): Span {
    const start = this.tokens[startPos]?.index ?? this.length;
    const last = this.tokens[this.pos - 1];
    return { start, end: last && this.pos > startPos ? last.index + 1 : start };
  }

  error(code: DiagnosticCode, message: string, k = 0): void {
    this.report('error', code, message, this.tokens[this.pos + k]?.index);
  }

  warn(code: DiagnosticCode, message: string, k = 0): void {
    this.report('warning', code, message, this.tokens[this.pos + k]?.index);
  }

  /** Reports the current symbol as not allowed here (naming what is expected) and skips it. */
  skipUnexpected(expected: string): void {
    const s = this.peek();
    if (s === undefined) return;
    this.error(
      'unexpected-symbol',
      `${s} (${HAM_SYMBOLS[s].category}) is not allowed here; expected ${expected}. Skipped`,
    );
    this.pos++;
  }
}
