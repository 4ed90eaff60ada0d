/**
 * Fits how fingerspelled letters are presented (src/shared/motion/orient/presentation.ts: one
 * roll / yaw / pitch for every letter) to real hands: the French (fsl) letter clips of
 * ../shared/data/fingerspelling against the ASL alphabet SiGML, as `eval fingerspelling` compares
 * them; German stays held out. A coarse grid, then coordinate descent on a 2.5° grid, no
 * randomness; the loss is the mean descriptor distance of each real letter to its own synthesized
 * letter (not squared, so a letter the SiGML writes differently does not dominate).
 *
 *   nice -n 19 npx tsx scripts/fit-orient.ts [--shared ../shared]
 *
 * Prints the fitted angles and the DGS-vs-German / ASL-vs-French figures before and after; paste
 * the angles into FINGERSPELLING_PRESENTATION.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { realLetters, synthesizedLetters } from '../src/node/eval/fingerspelling';
import {
  setFingerspellingPresentation,
  WRITTEN_PRESENTATION,
  type Presentation,
} from '../src/shared/motion/orient';
import { fingerspellingData, scoreWith } from './lib/fingerspelling-fit';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: { shared: { type: 'string', default: path.join(ROOT, '..', 'shared') } },
});
const { index: INDEX, asl: ASL, dgs: DGS } = fingerspellingData(values.shared);
const log = (s: string): void => void process.stderr.write(`${s}\n`);

/** Grid step and range of each angle, degrees. */
const STEP_DEG = 2.5;
const LIMIT_DEG = 45;
const ANGLES = ['rollDeg', 'yawDeg', 'pitchDeg'] as const;
const COARSE_STEP_DEG = 10;
const COARSE_LIMIT_DEG = 40;

const letters = new Set(synthesizedLetters(ASL).map((r) => r.label));
const french = realLetters(INDEX, 'fsl', letters);

function loss(p: Presentation): number {
  const old = setFingerspellingPresentation(p);
  try {
    const refs = new Map(synthesizedLetters(ASL).map((r) => [r.label, r.descriptor]));
    let s = 0;
    for (const q of french) {
      const r = refs.get(q.label)!;
      let d = 0;
      for (let k = 0; k < r.length; k++) d += (q.descriptor[k]! - r[k]!) ** 2;
      s += Math.sqrt(d) / french.length;
    }
    return s;
  } finally {
    setFingerspellingPresentation(old);
  }
}

const score = (p: Presentation, sigml: string, lang: string): string =>
  scoreWith(setFingerspellingPresentation, p, INDEX, sigml, lang);

let best: Presentation = WRITTEN_PRESENTATION;
let bestLoss = loss(best);
log(`written: loss ${bestLoss.toFixed(4)}`);
// Coarse grid first: coordinate descent alone stops in the first valley along one axis.
for (let roll = -COARSE_LIMIT_DEG; roll <= COARSE_LIMIT_DEG; roll += COARSE_STEP_DEG)
  for (let yaw = -COARSE_LIMIT_DEG; yaw <= COARSE_LIMIT_DEG; yaw += COARSE_STEP_DEG)
    for (let pitch = -COARSE_LIMIT_DEG; pitch <= COARSE_LIMIT_DEG; pitch += COARSE_STEP_DEG) {
      const cand = { rollDeg: roll, yawDeg: yaw, pitchDeg: pitch };
      const l = loss(cand);
      if (l < bestLoss) {
        best = cand;
        bestLoss = l;
        log(`  grid ${JSON.stringify(best)} loss ${l.toFixed(4)}`);
      }
    }
for (let improved = true; improved;) {
  improved = false;
  for (const a of ANGLES) {
    for (const dir of [1, -1]) {
      for (;;) {
        const v = best[a] + dir * STEP_DEG;
        if (Math.abs(v) > LIMIT_DEG) break;
        const cand = { ...best, [a]: v };
        const l = loss(cand);
        if (!(l < bestLoss - 1e-6)) break;
        best = cand;
        bestLoss = l;
        improved = true;
        log(`  ${JSON.stringify(best)} loss ${l.toFixed(4)}`);
      }
    }
  }
}
log(`fitted: ${JSON.stringify(best)} loss ${bestLoss.toFixed(4)}`);
for (const [name, p] of [
  ['written', WRITTEN_PRESENTATION],
  ['fitted', best],
] as const) {
  log(`${name}: DGS vs German (held out) ${score(p, DGS, 'gsg')}`);
  log(`${name}: ASL vs French (fit set)  ${score(p, ASL, 'fsl')}`);
}
process.stdout.write(`${JSON.stringify(best)}\n`);
