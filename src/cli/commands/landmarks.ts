import fs from 'node:fs';
import path from 'node:path';
import { decodePose, encodePose, framesToPose, summarizePose } from '../../shared/pose-format';
import { LANDMARKER_PREFERENCES } from '../../shared/perception/contract';
import type { LandmarkerPreference } from '../../shared/perception/contract';
import type { Command } from '../command';
import { emit, UsageError } from '../command';
import { parseOptions } from '../options';
import { extractLandmarks } from '../landmarks/extract';
import { invalidValueMessage } from '../../shared/errors/invalid';

const USAGE = `usage: cli landmarks --in <image|video> --out <file.pose> [--prefer tasks|legacy] [--json]
  Extracts MediaPipe Holistic landmarks (pose 33, hands 21 + 21, face 478) from an image or a
  video with the app's offline landmarker (headless Chromium) and writes a pose-format file.
  JSON: {"frames", "fps", "components": {"pose": {"points", "framesDetected"}, "face", "leftHand", "rightHand"}}`;

export const landmarksCommand: Command = {
  name: 'landmarks',
  summary: 'extract Holistic landmarks from an image or a video into a .pose file',
  usage: USAGE,
  async run(argv) {
    const { values } = parseOptions(argv, {
      in: { type: 'string' },
      out: { type: 'string' },
      prefer: { type: 'string' },
      json: { type: 'boolean', default: false },
    });
    if (!values.in || !values.out) throw new UsageError('--in and --out are required');
    if (path.extname(values.out).toLowerCase() !== '.pose')
      throw new UsageError(`--out ${values.out}: expected a .pose file`);
    const prefer = (values.prefer ?? 'tasks') as LandmarkerPreference;
    if (!LANDMARKER_PREFERENCES.includes(prefer))
      throw new UsageError(invalidValueMessage('--prefer', values.prefer, LANDMARKER_PREFERENCES));
    const x = await extractLandmarks(values.in, {
      prefer,
      onFrame: values.json
        ? undefined
        : (done, total) => process.stderr.write(`\rframe ${done}/${total}`),
    });
    if (!values.json) process.stderr.write('\n');
    fs.writeFileSync(
      values.out,
      encodePose(framesToPose(x.frames, { fps: x.fps, width: x.width, height: x.height })),
    );
    // Summarized from the file as written, read back: what a user of the file gets.
    const summary = summarizePose(decodePose(new Uint8Array(fs.readFileSync(values.out))));
    emit(values.json, summary, () =>
      [
        `${summary.frames} frame(s) at ${summary.fps} fps → ${values.out} (${x.landmarker}, ${x.msPerFrame.toFixed(0)} ms/frame)`,
        ...Object.entries(summary.components).map(
          ([k, c]) =>
            `  ${k.padEnd(10)} ${String(c.points).padStart(3)} points, detected in ${c.framesDetected} frame(s)`,
        ),
      ].join('\n'),
    );
    return 0;
  },
};
