/**
 * Offset → 1-based line and column over line starts built once per text. Lookups usually come in
 * increasing offset order, so the last line found is tried first before a binary search.
 */
export class LineIndex {
  private readonly starts: number[] = [0];
  private last = 0;

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
      this.starts.push(i + 1);
  }

  line(offset: number): number {
    const { starts } = this;
    const here = starts[this.last] ?? 0;
    const next = starts[this.last + 1] ?? Number.POSITIVE_INFINITY;
    if (offset >= here && offset < next) return this.last + 1;
    const after = starts[this.last + 2] ?? Number.POSITIVE_INFINITY;
    if (offset >= next && offset < after) return ++this.last + 1;
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    this.last = lo;
    return lo + 1;
  }

  position(offset: number): { line: number; column: number } {
    const line = this.line(offset);
    return { line, column: offset - (this.starts[line - 1] ?? 0) + 1 };
  }
}
