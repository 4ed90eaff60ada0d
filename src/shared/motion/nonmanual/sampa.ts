import type { ClipExpression } from '../rig';

type Weights = Readonly<Partial<Record<ClipExpression, number>>>;

/**
 * Viseme weights for SAMPA phonemes (the notation of hnm_mouthpicture), on the VRM mouth
 * presets aa, ih, ou, ee, oh plus lipsPressed for bilabials. Letters SAMPA uses across the
 * European languages of the lexicons; unknown letters give a half-open neutral mouth.
 */
const VISEMES: Readonly<Record<string, Weights>> = {
  a: { aa: 1 },
  A: { aa: 1 },
  '6': { aa: 0.6 },
  '{': { aa: 0.7, ee: 0.3 },
  V: { aa: 0.7 },
  '@': { aa: 0.35 },
  '3': { aa: 0.3, ou: 0.2 },
  e: { ee: 0.9 },
  E: { ee: 0.7, aa: 0.3 },
  i: { ih: 1 },
  I: { ih: 0.8 },
  y: { ih: 0.5, ou: 0.6 },
  Y: { ih: 0.4, ou: 0.5 },
  j: { ih: 0.5 },
  o: { oh: 1 },
  O: { oh: 0.9, aa: 0.2 },
  Q: { oh: 0.8, aa: 0.3 },
  '2': { oh: 0.6, ou: 0.4 },
  '9': { oh: 0.6, aa: 0.2 },
  u: { ou: 1 },
  U: { ou: 0.8 },
  w: { ou: 0.8 },
  p: { lipsPressed: 1 },
  b: { lipsPressed: 1 },
  m: { lipsPressed: 1 },
  f: { ih: 0.3, lipsPressed: 0.3 },
  v: { ih: 0.3, lipsPressed: 0.3 },
  s: { ih: 0.35 },
  z: { ih: 0.35 },
  S: { ou: 0.45 },
  Z: { ou: 0.45 },
  t: { ih: 0.25 },
  d: { ih: 0.25 },
  n: { ih: 0.2 },
  l: { ih: 0.25, aa: 0.1 },
  T: { ih: 0.3, tongueOut: 0.2 },
  D: { ih: 0.3, tongueOut: 0.2 },
  r: { aa: 0.2 },
  R: { aa: 0.25 },
  k: { aa: 0.3 },
  g: { aa: 0.3 },
  N: { aa: 0.25 },
  x: { aa: 0.35 },
  h: { aa: 0.3 },
  C: { ih: 0.3 },
  J: { ih: 0.3 },
  L: { ih: 0.25 },
  G: { aa: 0.3 },
};
const NEUTRAL: Weights = { aa: 0.2 };
const VOWELS = new Set('aA6{V@3eEiIyYoOQ29uU');

/**
 * The phoneme sequence of a SAMPA mouth picture as viseme weights with relative durations
 * (vowels longer, ":" lengthens, "_" joins a diphthong into one slot).
 */
export function sampaVisemes(picture: string): { weights: Weights; length: number }[] {
  const out: { weights: Weights; length: number }[] = [];
  for (let i = 0; i < picture.length; i++) {
    const ch = picture[i]!;
    if (ch === ':') {
      const last = out[out.length - 1];
      if (last) last.length *= 1.8;
      continue;
    }
    if (ch === '_' || ch === ' ' || ch === '"' || ch === "'" || ch === '%' || ch === '.') continue;
    const joined = picture[i - 1] === '_' && out.length > 0;
    const weights = VISEMES[ch] ?? NEUTRAL;
    if (joined) {
      // Second half of a diphthong: glide within the same slot.
      const last = out[out.length - 1]!;
      last.length *= 1.3;
      out.push({ weights, length: 0.6 });
      continue;
    }
    out.push({ weights, length: VOWELS.has(ch) ? 1.5 : 1 });
  }
  return out;
}
