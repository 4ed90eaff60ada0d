import type { NonManualSpan, NonManualType } from '../../text/result';
import type { Rng } from '../rng';
import type { SentenceLexicon } from './lexicon';
import type { SentenceKind, Setting } from './types';
import type { Grammar } from './grammar';
import type { Item, Vocab } from './vocab';

/** What a template returns: the sentence less the kind and setting the generator adds. */
export interface Draft {
  readonly english: readonly string[];
  readonly glosses: readonly string[];
  readonly nonManual: readonly NonManualSpan[];
  readonly fingerspelled: readonly string[];
  /** Set when a template of one kind produced another (a clause template asked for a date). */
  readonly kind?: SentenceKind;
}

/**
 * One generation: the random source, the scene, and the sign the sentence must contain. `pick`
 * prefers items holding the focus sign until it is placed, so any template whose pools contain
 * the focus places it.
 */
export class Ctx {
  private placed = false;

  constructor(
    readonly rng: Rng,
    readonly setting: Setting,
    readonly focus: string | undefined,
    readonly gr: Grammar,
    readonly lex: SentenceLexicon,
  ) {}

  get vocab(): Vocab {
    return this.gr.vocab;
  }

  get pending(): boolean {
    return this.focus !== undefined && !this.placed;
  }

  /** True (and the focus counts as placed) when the focus is this gloss and not yet placed. */
  wants(gloss: string | undefined): boolean {
    if (gloss === undefined || !this.pending || this.focus !== gloss) return false;
    this.placed = true;
    return true;
  }

  /** Marks the focus placed when these glosses contain it. */
  note(glosses: readonly string[]): void {
    if (this.focus !== undefined && glosses.includes(this.focus)) this.placed = true;
  }

  chance(p: number): boolean {
    return this.rng.chance(p);
  }

  /**
   * One item: the focus item when one holds it, else one reaching it (a verb whose objects hold
   * it), else one fitting the setting (any when none fits).
   */
  pick<T extends Item>(items: readonly T[], exclude: (i: T) => boolean = () => false): T {
    const allowed = items.filter((i) => !exclude(i));
    const pool = allowed.length > 0 ? allowed : items;
    const focus = this.focus;
    if (focus !== undefined && !this.placed) {
      const hits = pool.filter((i) => i.g.includes(focus));
      if (hits.length > 0) {
        this.placed = true;
        return this.rng.pick(hits);
      }
      const reaching = pool.filter((i) => i.reach?.has(focus) === true);
      if (reaching.length > 0) return this.rng.pick(reaching);
    }
    const fitting = pool.filter((i) => i.settings.has(this.setting));
    return this.rng.pick(fitting.length > 0 ? fitting : pool);
  }
}

/** Collects signs and the non-manual spans over them (sign indices, end exclusive). */
export class SignRow {
  readonly glosses: string[] = [];
  readonly spans: NonManualSpan[] = [];
  readonly spelled: string[] = [];

  get length(): number {
    return this.glosses.length;
  }

  /** Appends signs; returns where they start. */
  add(glosses: readonly string[], spelled: readonly string[] = []): number {
    const start = this.glosses.length;
    this.glosses.push(...glosses);
    this.spelled.push(...spelled);
    return start;
  }

  mark(type: NonManualType, start: number, end = this.glosses.length): void {
    if (end > start) this.spans.push({ type, start, end });
  }

  draft(english: readonly string[], kind?: SentenceKind): Draft {
    const spans = [...this.spans].sort((a, b) => a.start - b.start || b.end - a.end);
    return {
      english,
      glosses: [...this.glosses],
      nonManual: spans,
      fingerspelled: [...this.spelled],
      kind,
    };
  }
}
