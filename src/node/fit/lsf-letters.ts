/**
 * Team-written: which handshape each letter of the LSF (French) manual alphabet has, as the letter
 * of the ASL alphabet SiGML (../shared/data/sigml/asl_alphabet_sigml.sigml) with the same
 * handshape. Both alphabets descend from the same 19th-century French one and share most shapes;
 * only the handshape is used (the fit removes orientation), so a letter that differs from ASL in
 * orientation alone still counts as the same. Left out: letters with movement, letters whose LSF
 * shape differs from ASL, and letters we are not sure of. Written without looking at the clips.
 */
import type { HandshapeSpec } from '../../shared/motion/hand';

export type LsfLetter =
  | { readonly asl: string }
  | { readonly spec: HandshapeSpec; readonly note: string }
  | { readonly excluded: string };

export const LSF_LETTERS: Readonly<Record<string, LsfLetter>> = {
  A: { asl: 'A' },
  B: { asl: 'B' },
  C: { asl: 'C' },
  D: { asl: 'D' },
  E: { asl: 'E' },
  F: { excluded: 'not sure: sources differ on whether LSF F is the ASL F ring shape' },
  G: { excluded: 'not sure: LSF G is shown with a turn of the wrist and a varying thumb' },
  H: { asl: 'H' }, // same shape; LSF holds it with the palm down, orientation is not fitted
  I: { asl: 'I' },
  J: { excluded: 'movement (the little finger traces a J)' },
  K: { asl: 'K' },
  L: { asl: 'L' },
  M: { excluded: 'differs: LSF M has three fingers extended downwards, ASL M is a closed fist' },
  N: { excluded: 'differs: LSF N has two fingers extended downwards, ASL N is a closed fist' },
  O: { asl: 'O' },
  P: { asl: 'P' },
  Q: { asl: 'Q' },
  R: { asl: 'R' },
  S: { excluded: 'not sure: descriptions of the LSF S disagree' },
  T: { excluded: 'differs: LSF T is not the ASL thumb-between-fingers T' },
  U: { asl: 'U' },
  V: { asl: 'V' },
  W: {
    // The ASL SiGML has no W; the shape is the same in both: index, middle and ring spread, the
    // thumb holding the little finger down.
    spec: { base: 'finger2345', fingers: [2, 3, 4], thumb: 'across' },
    note: 'written here (the ASL alphabet SiGML has no W)',
  },
  X: { asl: 'X' },
  Y: { asl: 'Y' },
  Z: { excluded: 'movement (the index traces a Z)' },
};

/** The handshape of each LSF letter the table keeps, from the ASL alphabet's shapes. */
export function lsfShapes(asl: ReadonlyMap<string, HandshapeSpec>): Map<string, HandshapeSpec> {
  const out = new Map<string, HandshapeSpec>();
  for (const [letter, entry] of Object.entries(LSF_LETTERS)) {
    if ('excluded' in entry) continue;
    const spec = 'spec' in entry ? entry.spec : asl.get(entry.asl);
    if (!spec)
      throw new Error(
        `LSF ${letter} takes the ASL ${'asl' in entry ? entry.asl : ''} shape, which the ASL alphabet SiGML lacks; it has ${[...asl.keys()].join(' ')}`,
      );
    out.set(letter, spec);
  }
  return out;
}
