import type { Alts } from '../english';
import type { Setting } from '../types';
import type { VerbForms } from '../verb-forms';

export type Gender = 'm' | 'f' | 'n';
export type Tense = 'present' | 'progressive' | 'past' | 'future' | 'can';
export type FrameTense = 'past' | 'future' | 'now' | 'habit';

/** A word or phrase a template can put in a slot: its signs and its English forms. */
export interface Item {
  readonly g: readonly string[];
  /** English by form: '' (plain), a, the, bare, pl, is, it, them ... */
  readonly e: Readonly<Record<string, Alts>>;
  readonly tags: ReadonlySet<string>;
  readonly settings: ReadonlySet<Setting>;
  readonly gender?: Gender;
  readonly plural?: boolean;
  /** Words spelled in `g` (fs-MARIA → MARIA). */
  readonly fs?: readonly string[];
  /** Every gloss reachable through this item (compound items: a verb and all its objects). */
  readonly reach?: ReadonlySet<string>;
}

export interface ObjectSlot {
  /** Noun class, or 'person'. */
  readonly cls: string;
  readonly form: string;
}

export interface VerbItem extends Item {
  readonly forms: VerbForms;
  readonly objects: readonly ObjectSlot[];
  readonly stative: boolean;
}

/** A time expression that opens the clause. */
export interface TimeItem extends Item {
  readonly tense: FrameTense;
  readonly kind: 'time-first' | 'date' | 'clock-time';
}
