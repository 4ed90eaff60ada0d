import type { NonManualTier } from './nonmanual-tags';

/** HNS-SiGML non-manual elements and the tier each belongs to. */
export const NON_MANUAL_ELEMENTS = {
  hnm_shoulder: 'shoulder',
  hnm_body: 'body',
  hnm_head: 'head',
  hnm_eyegaze: 'eyegaze',
  hnm_eyebrows: 'facialexpr',
  hnm_eyelids: 'facialexpr',
  hnm_nose: 'facialexpr',
  hnm_mouthgesture: 'mouthing',
  hnm_mouthpicture: 'mouthing',
  hnm_extra: 'extra',
} as const satisfies Record<string, NonManualTier>;
export type NonManualElement = keyof typeof NON_MANUAL_ELEMENTS;

/** A mouth picture: the mouthed word as a SAMPA string, kept verbatim ("AvAtAr", "skQtl@nd"). */
export interface MouthPicture {
  readonly element: 'hnm_mouthpicture';
  readonly tier: 'mouthing';
  readonly picture: string;
  /** Position in the document (1-based). */
  readonly line: number;
  readonly column: number;
}

/**
 * A tagged non-manual feature (`<hnm_head tag="NO"/>`). `meaning` is present when the tag is one
 * the tier knows (NON_MANUAL_TAGS, MOUTH_GESTURE_TAGS); hnm_extra tags are free text.
 */
export interface TaggedNonManual {
  readonly element: Exclude<NonManualElement, 'hnm_mouthpicture'>;
  readonly tier: NonManualTier;
  readonly tag: string;
  readonly meaning?: string;
  readonly line: number;
  readonly column: number;
}

export type NonManualFeature = MouthPicture | TaggedNonManual;
