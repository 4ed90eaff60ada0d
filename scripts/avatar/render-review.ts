/**
 * Renders review images of an avatar to PNG files:
 *   npx tsx scripts/avatar/render-review.ts [--vrm <file>] [--out <dir>] [--only <name,...>]
 */
import fs from 'node:fs';
import path from 'node:path';
import { openReview } from './review-driver';
import type { ReviewView } from '../../src/shared/avatar/review/view';

const FACE = { camera: 'face', width: 420, height: 420 } as const;
const HANDS = { camera: 'hands', width: 640, height: 400, pose: 'handsForward' } as const;

export const REVIEW_VIEWS: Readonly<Record<string, ReviewView>> = {
  upper: { camera: 'upper', width: 640, height: 560, pose: 'handsForward', handshape: 'spread' },
  upperDown: { camera: 'upper', width: 640, height: 560, pose: 'armsDown' },
  upperT: { camera: 'upper', width: 640, height: 560 },
  shoulders: { camera: 'shoulders', width: 560, height: 400, pose: 'armsDown' },
  shouldersT: { camera: 'shoulders', width: 560, height: 400 },
  full: { camera: 'full', width: 480, height: 640, pose: 'armsDown' },
  side: { camera: 'side', width: 420, height: 420, pose: 'armsDown' },
  threeQuarter: { camera: 'threeQuarter', width: 420, height: 420, pose: 'armsDown' },
  back: { camera: 'back', width: 420, height: 420, pose: 'armsDown' },
  faceNeutral: FACE,
  faceBrowRaise: { ...FACE, expressions: { browRaise: 1 } },
  faceBrowRaiseLeft: { ...FACE, expressions: { browRaiseLeft: 1 } },
  faceSquintRight: { ...FACE, expressions: { squintRight: 1 } },
  faceBrowFurrow: { ...FACE, expressions: { browFurrow: 1 } },
  faceAa: { ...FACE, expressions: { aa: 1 } },
  faceCheekPuff: { ...FACE, expressions: { cheekPuff: 1 } },
  faceBlink: { ...FACE, expressions: { blink: 1 } },
  faceHappy: { ...FACE, expressions: { happy: 1 } },
  faceOu: { ...FACE, expressions: { ou: 1 } },
  faceTongue: { ...FACE, expressions: { tongueOut: 1 } },
  faceLookLeft: { ...FACE, expressions: { lookLeft: 1 } },
  faceLookUp: { ...FACE, expressions: { lookUp: 1 } },
  faceLookDown: { ...FACE, expressions: { lookDown: 1 } },
  faceAngry: { ...FACE, expressions: { angry: 1 } },
  faceSad: { ...FACE, expressions: { sad: 1 } },
  faceSurprised: { ...FACE, expressions: { surprised: 1 } },
  faceRelaxed: { ...FACE, expressions: { relaxed: 1 } },
  faceIh: { ...FACE, expressions: { ih: 1 } },
  faceEe: { ...FACE, expressions: { ee: 1 } },
  faceOh: { ...FACE, expressions: { oh: 1 } },
  faceSquint: { ...FACE, expressions: { squint: 1 } },
  faceEyeWide: { ...FACE, expressions: { eyeWide: 1 } },
  facePucker: { ...FACE, expressions: { mouthPucker: 1 } },
  faceLipsPressed: { ...FACE, expressions: { lipsPressed: 1 } },
  faceStretch: { ...FACE, expressions: { mouthStretch: 1 } },
  faceBlinkLeft: { ...FACE, expressions: { blinkLeft: 1 } },
  handsFlat: { ...HANDS, handshape: 'flat' },
  handsFist: { ...HANDS, handshape: 'fist' },
  handsIndex: { ...HANDS, handshape: 'index' },
  handsThumbUp: { ...HANDS, handshape: 'thumbUp' },
  handsSpread: { ...HANDS, handshape: 'spread' },
  handsFistLarge: { ...HANDS, width: 1000, height: 620, handshape: 'fist' },
};

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const vrmPath = arg('--vrm') ?? 'models/avatars/signbridge-default.vrm';
  const outDir = arg('--out') ?? '/tmp/avatar-review';
  const only = arg('--only')?.split(',');
  fs.mkdirSync(outDir, { recursive: true });
  const session = await openReview(fs.readFileSync(vrmPath), path.basename(vrmPath));
  try {
    for (const w of session.warnings) console.log(`warning: ${w}`);
    for (const [name, view] of Object.entries(REVIEW_VIEWS)) {
      if (only && !only.includes(name)) continue;
      const file = path.join(outDir, `${name}.png`);
      fs.writeFileSync(file, await session.render(view));
      console.log(`wrote ${file}`);
    }
  } finally {
    await session.close();
  }
}

await main();
