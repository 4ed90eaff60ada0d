import fs from 'node:fs';
import path from 'node:path';
import { defaultAvatarPath, MAX_AVATAR_BYTES } from '../../main/slp/avatar-file';
import { outOfRangeMessage } from '../../shared/errors/invalid';
import { openReview } from '../render/review-driver';
import type { Command } from '../command';
import { emit, UsageError } from '../command';
import { intOption, parseOptions } from '../options';
import { checkInputFile } from '../input-limits';
import { glossList, openSigner } from '../slp-session';
import { warnLine } from '../terminal-text';

const USAGE = `usage: cli render --pack <id|dir> --gloss "..." --out <x.png> [--at 0..1] [--avatar <file.vrm>]
                  [--width W] [--height H] [--json]
  Draws the avatar mid-sign with headless Chromium, for review. --at picks the moment within the
  first sign (default 0.5: its middle).`;

export const renderCommand: Command = {
  name: 'render',
  summary: 'draw the avatar mid-sign to a PNG (headless Chromium)',
  usage: USAGE,
  async run(argv) {
    const { values } = parseOptions(argv, {
      pack: { type: 'string' },
      gloss: { type: 'string' },
      out: { type: 'string' },
      at: { type: 'string' },
      avatar: { type: 'string' },
      width: { type: 'string' },
      height: { type: 'string' },
      json: { type: 'boolean', default: false },
    });
    if (!values.pack || !values.out) throw new UsageError('--pack, --gloss and --out are required');
    if (path.extname(values.out).toLowerCase() !== '.png')
      throw new UsageError(`--out ${values.out}: expected a .png file`);
    const at = values.at === undefined ? 0.5 : Number(values.at);
    if (!(at >= 0 && at <= 1))
      throw new UsageError(outOfRangeMessage('--at', values.at, 0, 1, 'a fraction'));
    const width = intOption('width', values.width, 640, 64, 4096);
    const height = intOption('height', values.height, 640, 64, 4096);
    const avatar = values.avatar ?? defaultAvatarPath();
    if (!fs.existsSync(avatar) && values.avatar === undefined)
      throw new Error(`avatar ${avatar} does not exist: run npm run setup`);
    checkInputFile('--avatar', avatar, MAX_AVATAR_BYTES);
    const signer = await openSigner({ pack: values.pack, avatar, withT2g: false });
    const u = signer.glosses(glossList(values.gloss));
    await signer.dispose();
    for (const x of u.unresolved) warnLine(`render: not signed: ${x.reason}`);
    const clip = u.clip;
    const first = clip?.timeline[0];
    if (clip === undefined || first === undefined)
      throw new Error('nothing could be signed, so nothing was rendered');
    const frame = Math.min(
      clip.frameCount - 1,
      Math.round((first.start + at * (first.end - first.start)) * clip.fps),
    );
    const review = await openReview(fs.readFileSync(avatar), path.basename(avatar));
    try {
      const png = await review.renderClipFrame(clip, frame, { camera: 'upper', width, height });
      fs.writeFileSync(values.out, png);
      emit(
        values.json,
        { out: values.out, frame, time: frame / clip.fps, gloss: first.gloss },
        () => `${first.gloss} at ${(frame / clip.fps).toFixed(2)} s → ${values.out}`,
      );
      return 0;
    } finally {
      await review.close();
    }
  },
};
