/**
 * Issue 14 item 3 (natural elbows): per sign, the highest elbow over the sign's frames relative
 * to its shoulder joint (in shoulder widths), the wrist at that frame, and the largest wrist bend
 * (flexion/extension and radial/ulnar deviation) over the sign, through the same synthesize → FK
 * path the player uses. Rows: the named signs of the default ase pack, a pack-wide summary, and
 * the DGS alphabet from ../shared when it is there.
 *
 *   npx tsx scripts/elbow-heights.ts [GLOSS ...]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { synthesize } from '../src/shared/motion';
import { ROTATION_STRIDE } from '../src/shared/motion/clip';
import { makeWorldPose, skeletonFK } from '../src/shared/motion/fk';
import { DEFAULT_SKELETON } from '../src/shared/motion/skeleton';
import { armMeasure, type ArmMeasure } from '../test/unit/motion/elbow-measure';
import { parseSigml } from '../src/shared/sigml/parse-sigml';
import type { SignSpec } from '../src/shared/sigml/spec';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PACK = path.join(ROOT, 'models/ase/lexicon');
const DGS = path.join(ROOT, '..', 'shared/data/sigml/dgs_alphabet_sigml.sigml');
const DEFAULT_GLOSSES = ['HELLO', 'ME', 'YOU', 'THANK-YOU', 'PLEASE', 'HELP', 'MORE', 'WANT'];
const sk = DEFAULT_SKELETON;
/** Real wrists flex/extend about ±60–70°: a sign's bend past this is unnatural. */
const WRIST_BEND_NATURAL = (70 * Math.PI) / 180;

function signsOf(file: string): { gloss: string; spec: SignSpec }[] {
  return parseSigml(fs.readFileSync(file, 'utf8'))
    .signs.filter((s) => s.understood)
    .map((s) => ({ gloss: s.gloss, spec: s.spec }));
}

function measure(gloss: string, spec: SignSpec): ArmMeasure {
  const clip = synthesize([{ gloss, spec, source: 'measure' }], { fps: 30, skeleton: sk });
  const t = clip.timeline[0]!;
  const w = makeWorldPose();
  const frames: number[] = [];
  for (let f = Math.floor(t.start * clip.fps); f < Math.min(clip.frameCount, t.end * clip.fps); f++)
    frames.push(f);
  return armMeasure(sk, frames, (f) => {
    skeletonFK(sk, clip.rotations, f * ROTATION_STRIDE, w);
    return w;
  });
}

const fmt = (x: number, d = 2) => x.toFixed(d).padStart(6);
const deg = (r: number) => ((r * 180) / Math.PI).toFixed(0).padStart(4);
function row(label: string, m: ArmMeasure): string {
  return `${label.padEnd(12)} ${fmt(m.elbowMax)} ${fmt(m.wristAtElbowMax)} ${deg(m.bendMax)} ${deg(m.flexMax)} ${deg(m.devMax)} ${m.elbowOverWrist}`;
}
const HEADER = 'sign         elbow  wrist  bend flex  dev  elbow>sh&wrist<sh frames';

const pack = fs
  .readdirSync(PACK)
  .filter((f) => f.endsWith('.sigml'))
  .flatMap((f) => signsOf(path.join(PACK, f)));
const wanted = process.argv.length > 2 ? process.argv.slice(2) : DEFAULT_GLOSSES;
console.log(
  'elbow, wrist: max elbow height − shoulder joint (shoulder widths) and the wrist then;',
);
console.log('bend/flex/dev: max wrist bend, flexion-extension, deviation over the sign (deg)');
console.log(HEADER);
for (const g of wanted) {
  const s = pack.find((p) => p.gloss === g);
  console.log(s ? row(g, measure(s.gloss, s.spec)) : `${g}: not in the pack`);
}
function summary(label: string, signs: { gloss: string; spec: SignSpec }[]): void {
  const ms = signs.map((s) => ({ g: s.gloss, m: measure(s.gloss, s.spec) }));
  const worst = ms.reduce((a, b) => (b.m.elbowMax > a.m.elbowMax ? b : a));
  const over = ms.filter((x) => x.m.elbowOverWrist > 0);
  const bendy = ms.reduce((a, b) => (b.m.flexMax > a.m.flexMax ? b : a));
  const above = ms.filter((x) => x.m.elbowMax > 0).length;
  const mean = ms.reduce((a, b) => a + b.m.elbowMax, 0) / ms.length;
  const bends = ms.map((x) => x.m.bendMax).sort((a, b) => a - b);
  const median = bends[Math.floor(bends.length / 2)]!;
  const unnatural = bends.filter((b) => b > WRIST_BEND_NATURAL).length;
  console.log(
    `${label}: ${ms.length} signs; mean max elbow ${mean.toFixed(2)} sw; elbow above shoulder in ` +
      `${above}; highest ${worst.g} ${worst.m.elbowMax.toFixed(2)}; elbow above shoulder with wrist ` +
      `below in ${over.length} (${over.map((x) => x.g).join(' ')}); max flex ${bendy.g} ` +
      `${deg(bendy.m.flexMax)}°, max dev ${deg(Math.max(...ms.map((x) => x.m.devMax)))}°; median max ` +
      `bend ${deg(median)}°, ${unnatural} signs bend the wrist over ${deg(WRIST_BEND_NATURAL)}°`,
  );
}
summary('ase pack', pack);
if (fs.existsSync(DGS)) summary('DGS alphabet', signsOf(DGS));
