import type { Upos } from './analysis';
import type { SignRequest } from './sign-request';

/**
 * What a stretch of the sentence contributes to the clause structure. Reordering moves units;
 * resolution turns each unit's requests into signs.
 */
export const UNIT_ROLES = [
  'word', // an open-class word, pronoun, number or kept function word
  'time', // a time expression that sets the frame (fronted)
  'wh', // a question word
  'neg', // NOT, CAN'T, NONE: moved after the predicate
  'neg-here', // NEVER, NOBODY, NO (the answer): negative where it stands
  'boundary', // a clause break (comma, conjunction): no sign unless it has requests
  'please',
] as const;
export type UnitRole = (typeof UNIT_ROLES)[number];

export interface Unit {
  readonly role: UnitRole;
  readonly requests: readonly SignRequest[];
  /** The source text ("thank you", "$25"). */
  readonly from: string;
  readonly pos: Upos;
  readonly lemma: string;
  /** A main verb (not an auxiliary, not the copula). */
  readonly verb: boolean;
  /** Part of a noun phrase (noun, name, pronoun, number, adjective or determiner before a noun). */
  readonly nominal: boolean;
  /** First unit of a noun phrase with the, this, that, these or those. */
  readonly definite: boolean;
  /** Follows a dropped preposition: not a direct object, so never the topic. */
  readonly oblique: boolean;
  /** A modal (CAN, MUST …), which a question puts before the subject. */
  readonly modal: boolean;
  /** Whether the sentence's first word is inside this unit. */
  readonly first: boolean;
  /**
   * A tense marker (FUTURE for "will", FINISH for a perfect): said only when the clause has no
   * time expression of its own (TOMORROW already places "I will call you tomorrow").
   */
  readonly tense: boolean;
}

export function unit(partial: Partial<Unit> & Pick<Unit, 'role' | 'requests' | 'from'>): Unit {
  return {
    pos: 'X',
    lemma: '',
    verb: false,
    nominal: false,
    definite: false,
    oblique: false,
    modal: false,
    first: false,
    tense: false,
    ...partial,
  };
}

/** Units that carry content, as opposed to breaks, please, and time frames. */
export function isContent(u: Unit): boolean {
  return u.role === 'word' || u.role === 'neg-here';
}
