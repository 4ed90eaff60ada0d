/**
 * Greedy CTC over the gloss head, as training/slt/decode.py `greedy_ctc` and vocab.py
 * `join_letters`: the best token per encoder step, repeats merged, blanks dropped, then each run
 * of letter tokens (`#A`..`#Z`) joined into one fingerspelled gloss (`fs-ANN`).
 */
export const CTC_BLANK = 0;
/** src/shared/text/result.ts FINGERSPELL_PREFIX; training/slt/vocab.py FS_PREFIX. */
export const FS_PREFIX = 'fs-';
export const LETTER_PREFIX = '#';

const isLetter = (t: string): boolean => t.length === 2 && t.startsWith(LETTER_PREFIX);

/** CTC tokens (blanks already dropped) → glosses: a run of letters is one `fs-WORD`. */
export function joinLetters(tokens: readonly string[]): string[] {
  const out: string[] = [];
  let run = '';
  for (const t of tokens) {
    if (isLetter(t)) {
      run += t.slice(1);
      continue;
    }
    if (run) out.push(FS_PREFIX + run);
    run = '';
    out.push(t);
  }
  if (run) out.push(FS_PREFIX + run);
  return out;
}

/** Index of the largest value of row `r` (ties: the lower index, as torch.argmax on CPU). */
export function argmaxRow(x: Float32Array, r: number, width: number): number {
  let best = 0;
  let bestValue = -Infinity;
  const base = r * width;
  for (let v = 0; v < width; v++) {
    const value = x[base + v] ?? -Infinity;
    if (value > bestValue) {
      bestValue = value;
      best = v;
    }
  }
  return best;
}

/**
 * Greedy CTC one chunk at a time: the last step's token carries over, so a gloss spanning two
 * chunks is not counted twice. Equals the whole-utterance collapse of the same steps.
 */
export class CtcGreedy {
  private previous = -1;
  private readonly collapsed: number[] = [];

  constructor(private readonly itos: readonly string[]) {
    if (itos.length < 2) {
      throw new RangeError(`a CTC vocabulary needs a blank and tokens; got ${itos.length} entries`);
    }
  }

  /** `logprobs` [steps × vocab], of which the first `valid` rows count; true when ids changed. */
  push(logprobs: Float32Array, valid: number): boolean {
    const width = this.itos.length;
    if (logprobs.length % width !== 0 || valid * width > logprobs.length) {
      throw new RangeError(
        `CTC log-probs have ${logprobs.length} values: expected a multiple of the vocabulary (${width}) with at least ${valid} rows`,
      );
    }
    const before = this.collapsed.length;
    for (let s = 0; s < valid; s++) {
      const id = argmaxRow(logprobs, s, width);
      if (id !== this.previous && id !== CTC_BLANK) this.collapsed.push(id);
      this.previous = id;
    }
    return this.collapsed.length !== before;
  }

  get ids(): readonly number[] {
    return this.collapsed;
  }

  glosses(): string[] {
    return joinLetters(this.collapsed.map((i) => this.itos[i] ?? '<unk>'));
  }

  /** The glosses if these rows came next, leaving this decoder as it is (provisional partials). */
  preview(logprobs: Float32Array, valid: number): string[] {
    const copy = new CtcGreedy(this.itos);
    copy.previous = this.previous;
    copy.collapsed.push(...this.collapsed);
    copy.push(logprobs, valid);
    return copy.glosses();
  }

  reset(): void {
    this.previous = -1;
    this.collapsed.length = 0;
  }
}

/** The whole-utterance version: [steps × vocab] log-probs → glosses. */
export function ctcGreedyGlosses(
  logprobs: Float32Array,
  steps: number,
  itos: readonly string[],
): string[] {
  const g = new CtcGreedy(itos);
  g.push(logprobs, steps);
  return g.glosses();
}
