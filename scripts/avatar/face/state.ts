/**
 * The face as a handful of parameters. Every expression is a change of these; its morph target
 * is the face built at that state minus the neutral face, so all shapes share one construction.
 * Lengths are metres; `left` is the avatar's left (+X).
 */
export interface FaceState {
  /** Jaw opening, 0..1 (1 = JAW_OPEN_DEG). */
  readonly jaw: number;
  /** Mouth width scale (1 neutral). */
  readonly mouthWidth: number;
  /** Mouth corner lift (m): + smile, − frown. */
  readonly corner: number;
  /** Extra upper-lip lift that shows the upper teeth (m). */
  readonly upperLip: number;
  /** Lips rounded and pushed forward, 0..1. */
  readonly pucker: number;
  /** Lips pressed thin, 0..1. */
  readonly press: number;
  /** Tongue out over the lower lip, 0..1. */
  readonly tongue: number;
  /** Cheeks blown out, 0..1. */
  readonly cheekPuff: number;
  /** Cheeks lifted as in a smile, 0..1. */
  readonly cheekRaise: number;
  readonly browLeft: number;
  readonly browRight: number;
  /** Inner brow ends raised (+) or lowered (−) (m). */
  readonly browInnerLeft: number;
  readonly browInnerRight: number;
  /** Inner brow ends drawn towards the nose (m). */
  readonly browSqueeze: number;
  /** Upper lid opening: 1 neutral, 0 shut, > 1 wide. */
  readonly lidLeft: number;
  readonly lidRight: number;
  /** Lower lid raise, 0..1. */
  readonly lowerLidLeft: number;
  readonly lowerLidRight: number;
  /** Iris offset (m), +X to the avatar's left, +Y up. */
  readonly gazeX: number;
  readonly gazeY: number;
}

export const NEUTRAL: FaceState = {
  jaw: 0,
  mouthWidth: 1,
  corner: 0,
  upperLip: 0,
  pucker: 0,
  press: 0,
  tongue: 0,
  cheekPuff: 0,
  cheekRaise: 0,
  browLeft: 0,
  browRight: 0,
  browInnerLeft: 0,
  browInnerRight: 0,
  browSqueeze: 0,
  lidLeft: 1,
  lidRight: 1,
  lowerLidLeft: 0,
  lowerLidRight: 0,
  gazeX: 0,
  gazeY: 0,
};

export type FaceChange = Partial<FaceState>;

/** Adds a change to the neutral face (lid and width are offsets from their neutral 1). */
export function faceAt(change: FaceChange): FaceState {
  const out: Record<string, number> = { ...NEUTRAL };
  for (const [k, v] of Object.entries(change)) {
    if (v !== undefined) out[k] = v;
  }
  return out as unknown as FaceState;
}
