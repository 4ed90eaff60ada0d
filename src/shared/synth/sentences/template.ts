import type { Ctx, Draft } from './context';
import type { SentenceKind, Setting } from './types';

/** One way of making sentences of a kind. */
export interface Template {
  readonly id: string;
  readonly kind: SentenceKind;
  readonly settings: readonly Setting[];
  /** Relative frequency among the templates of its kind. */
  readonly weight: number;
  /** Every gloss the template can place (a superset is fine: the generator checks the result). */
  readonly reach: ReadonlySet<string>;
  build(c: Ctx): Draft | undefined;
}
