import fs from 'node:fs';
import path from 'node:path';
import { readMotionSkeleton } from '../../shared/avatar';
import { serializeClip } from '../../shared/motion';
import { clipToPoseFile } from '../../shared/motion/fk/pose-file';
import { defaultAvatarPath, MAX_AVATAR_BYTES } from '../../main/slp/avatar-file';
import { writeFileAtomic } from '../../node/fs/atomic-write';
import type { Command } from '../command';
import { emit, UsageError } from '../command';
import { intOption, parseOptions } from '../options';
import { checkInputFile, checkTextLength } from '../input-limits';
import { glossList, openSigner } from '../slp-session';
import { warnLine } from '../terminal-text';

const USAGE = `usage: cli slp --pack <id|dir> (--gloss "HELLO MY NAME fs-JOHN" | --text "...") --out <x.json|x.pose>
               [--avatar <file.vrm>] [--fps N] [--recordings <index.csv>] [--json]
  Synthesizes the signs on the avatar (default: the bundled one) and writes the motion clip as JSON,
  or as a Holistic .pose whose landmarks come from the avatar skeleton by forward kinematics.
  A gloss starting with fs- is fingerspelled. A gloss with a recorded sign (the pack's lexicon index,
  or --recordings: an index.csv of .pose clips, read in place) is retargeted from the recording. JSON: {"frames", "fps", "signs": [{"gloss", "start", "end", "source"}]}`;

export const slpCommand: Command = {
  name: 'slp',
  summary: 'synthesize signing from glosses or text into a clip or a .pose file',
  usage: USAGE,
  async run(argv) {
    const { values } = parseOptions(argv, {
      pack: { type: 'string' },
      gloss: { type: 'string' },
      text: { type: 'string' },
      out: { type: 'string' },
      avatar: { type: 'string' },
      fps: { type: 'string' },
      recordings: { type: 'string' },
      json: { type: 'boolean', default: false },
    });
    if (!values.pack || !values.out) throw new UsageError('--pack and --out are required');
    if ((values.gloss === undefined) === (values.text === undefined))
      throw new UsageError('give either --gloss or --text');
    const ext = path.extname(values.out).toLowerCase();
    if (ext !== '.json' && ext !== '.pose')
      throw new UsageError(`--out ${values.out}: expected a .json or .pose file`);
    if (values.text !== undefined) checkTextLength('--text', values.text);
    const glosses = values.gloss !== undefined ? glossList(values.gloss) : undefined;
    const fps = intOption('fps', values.fps, 30, 5, 120);
    const avatar = values.avatar ?? defaultAvatarPath();
    if (!fs.existsSync(avatar) && values.avatar === undefined)
      throw new Error(`avatar ${avatar} does not exist: run npm run setup`);
    checkInputFile('--avatar', avatar, MAX_AVATAR_BYTES);
    const signer = await openSigner({
      pack: values.pack,
      avatar,
      fps,
      withT2g: values.text !== undefined,
    });
    try {
      if (values.recordings !== undefined) {
        if (!fs.existsSync(values.recordings))
          throw new UsageError(
            `--recordings ${values.recordings} does not exist; give an index.csv`,
          );
        const n = signer.addRecordings(values.recordings);
        if (n === 0)
          warnLine(
            `slp: --recordings ${values.recordings} has no rows for sign language ${signer.config.pack.manifest.signLanguage}`,
          );
      }
      const u =
        values.text !== undefined ? await signer.say(values.text) : signer.glosses(glosses ?? []);
      for (const x of u.unresolved) warnLine(`slp: not signed: ${x.reason}`);
      for (const w of u.warnings ?? []) warnLine(`slp: ${w}`);
      if (u.clip === undefined) throw new Error('nothing could be signed, so no file was written');
      const clip = u.clip;
      if (ext === '.json') writeFileAtomic(values.out, `${serializeClip(clip)}\n`);
      else {
        const skeleton = readMotionSkeleton(fs.readFileSync(avatar), path.basename(avatar));
        fs.writeFileSync(values.out, clipToPoseFile(clip, skeleton));
      }
      const summary = {
        frames: clip.frameCount,
        fps: clip.fps,
        signs: clip.timeline.map((t) => ({
          gloss: t.gloss,
          start: t.start,
          end: t.end,
          source: t.source,
        })),
      };
      emit(values.json, summary, () =>
        [
          `${summary.frames} frames at ${summary.fps} fps → ${values.out}`,
          ...summary.signs.map(
            (s) =>
              `  ${s.gloss.padEnd(16)} ${s.start.toFixed(2)}–${s.end.toFixed(2)} s  (${s.source})`,
          ),
        ].join('\n'),
      );
      return u.unresolved.length === 0 ? 0 : 1;
    } finally {
      await signer.dispose();
    }
  },
};
