/**
 * Facial grammar on the avatar, for review: a yes/no question, a wh-question and a negation signed
 * from glosses with their non-manual span, each drawn (headless Chromium, the review page's bust
 * camera) at the frame where its marker is strongest in the forward-kinematics face landmarks
 * (the measure of test/unit/motion/facial-grammar.test.ts), beside the same signs at the same
 * frame as a statement (left: statement, right: marked), one PNG per marker.
 * Run after `npm run setup` and `node scripts/build.mjs`:
 *
 *   npx tsx scripts/showcase/nmm-renders.ts [--out docs/images] [--suffix after] [--pack ase]
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openSigner } from '../../src/cli/slp-session';
import { openReview } from '../../src/cli/render/review-driver';
import { defaultAvatarPath } from '../../src/main/slp/avatar-file';
import { readMotionSkeleton } from '../../src/shared/avatar';
import { FACE_FEATURE, faceFeatures } from '../../src/shared/landmarks/face-features';
import { clipToLandmarks, type Clip } from '../../src/shared/motion';
import type { NonManualType, T2gResult } from '../../src/shared/text/result';
import { launchHeadless } from '../../src/node/chromium/headless';
import type { Browser } from 'playwright-core';

/** Small images: the face is what matters. */
const WIDTH = 320;
const HEIGHT = 280;
/** A frame within this fraction of the marker's peak strength counts as showing it fully. */
const NEAR_PEAK = 0.95;

interface Case {
  readonly name: string;
  readonly glosses: readonly string[];
  readonly type: NonManualType;
}

const CASES: readonly Case[] = [
  { name: 'yn', glosses: ['YOU', 'READY'], type: 'yn-question' },
  { name: 'wh', glosses: ['YOUR', 'NAME', 'WHAT'], type: 'wh-question' },
  { name: 'negation', glosses: ['ME', 'UNDERSTAND', 'NOT'], type: 'negation' },
];

/** How strongly a frame's face shows the marker (the statement: its middle frame). */
function strength(type: NonManualType, face: Float32Array): number {
  const F = FACE_FEATURE;
  switch (type) {
    case 'yn-question':
    case 'topic':
      return face[F.browRaiseLeft]! + face[F.browRaiseRight]! + face[F.headPitch]!;
    case 'wh-question':
      return face[F.browFurrow]! + Math.abs(face[F.headRoll]!);
    case 'negation':
      return Math.abs(face[F.headYaw]!);
  }
}

function strongestFrame(clip: Clip, type: NonManualType, avatar: Buffer): number {
  const sk = readMotionSkeleton(avatar, 'avatar');
  const faces = clipToLandmarks(clip, sk).map((f) => faceFeatures(f));
  const s = faces.map((f) => strength(type, f));
  const peak = Math.max(...s);
  // Of the frames near the peak (a held marker has many), the one nearest the clip's middle.
  let best = 0;
  s.forEach((v, i) => {
    const mid = clip.frameCount / 2;
    if (v >= NEAR_PEAK * peak && Math.abs(i - mid) < Math.abs(best - mid)) best = i;
  });
  return best;
}

/** Two PNGs of the same size side by side, as one PNG (drawn by the browser: no image library). */
async function sideBySide(browser: Browser, left: Buffer, right: Buffer): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width: 2 * WIDTH, height: HEIGHT } });
  try {
    const img = (png: Buffer): string =>
      `<img style="display:block" src="data:image/png;base64,${png.toString('base64')}">`;
    await page.setContent(`<body style="margin:0;display:flex">${img(left)}${img(right)}</body>`);
    return await page.screenshot({ clip: { x: 0, y: 0, width: 2 * WIDTH, height: HEIGHT } });
  } finally {
    await page.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: 'docs/images' },
      suffix: { type: 'string', default: 'after' },
      pack: { type: 'string', default: 'ase' },
    },
  });
  const avatarPath = defaultAvatarPath();
  const avatar = fs.readFileSync(avatarPath);
  const signer = await openSigner({ pack: values.pack, avatar: avatarPath, withT2g: false });
  const review = await openReview(avatar, path.basename(avatarPath));
  const browser = await launchHeadless();
  try {
    for (const c of CASES) {
      const clip = (spans: T2gResult['nonManual']): Clip => {
        const u = signer.glosses(c.glosses, spans);
        if (!u.clip || u.unresolved.length > 0)
          throw new Error(
            `${c.glosses.join(' ')}: not signed (${u.unresolved.map((x) => x.reason).join('; ')})`,
          );
        return u.clip;
      };
      const marked = clip([{ type: c.type, start: 0, end: c.glosses.length }]);
      const frame = strongestFrame(marked, c.type, avatar);
      const view = { camera: 'bust', width: WIDTH, height: HEIGHT } as const;
      const left = await review.renderClipFrame(clip([]), frame, view);
      const right = await review.renderClipFrame(marked, frame, view);
      const file = path.join(values.out, `nmm-${c.name}-${values.suffix}.png`);
      fs.writeFileSync(file, await sideBySide(browser, left, right));
      process.stdout.write(`${c.name}: frame ${frame} of ${marked.frameCount} → ${file}\n`);
    }
  } finally {
    await browser.close();
    await review.close();
    await signer.dispose();
  }
}

await main();
