import { extractLandmarks, inputKind } from '../landmarks/extract';
import { DEVICES } from '../../shared/settings/schema';
import type { DevicePreference } from '../../shared/settings/schema';
import { SltModel } from '../../workers/slt/model';
import { translateClip } from '../../workers/slt/run-file';
import type { ClipFrames } from '../../workers/slt/run-file';
import { isPoseFile, poseClip } from '../../workers/slt/clip-files';
import type { Command } from '../command';
import { emit, UsageError } from '../command';
import { parseOptions } from '../options';
import { resolvePack } from '../pack-arg';
import { invalidValueMessage } from '../../shared/errors/invalid';

const USAGE = `usage: cli slt --pack <id|dir> --in <file.pose|video> [--device cpu|auto|cuda|dml] [--json]
  Translates signing into English with a sign → text pack, through the same streaming code as the
  app's SLT worker (features, 25 fps chunks, CTC partial glosses, endpointing, beam search).
  A video is first turned into landmarks by the app's offline landmarker (headless Chromium).
  JSON: {"text", "glosses", "confidence", "partials": [{"t", "text"}], "utterances": [...]}`;

async function loadClip(file: string): Promise<ClipFrames> {
  if (isPoseFile(file)) return poseClip(file);
  if (inputKind(file) !== 'video')
    throw new UsageError(`--in ${file}: expected a .pose file or a video`);
  const x = await extractLandmarks(file, {});
  return {
    count: x.frames.length,
    fps: x.fps,
    aspect: x.width / x.height,
    kind: 'holistic',
    frame: (i) => x.frames[i] as Float32Array,
  };
}

export const sltCommand: Command = {
  name: 'slt',
  summary: 'translate signing (.pose or video) into English with a sign → text pack',
  usage: USAGE,
  async run(argv) {
    const { values } = parseOptions(argv, {
      pack: { type: 'string', default: 'ase-slt' },
      in: { type: 'string' },
      device: { type: 'string', default: 'cpu' },
      json: { type: 'boolean', default: false },
    });
    if (!values.in) throw new UsageError('--in is required');
    const device = values.device as DevicePreference;
    if (!DEVICES.includes(device))
      throw new UsageError(invalidValueMessage('--device', values.device, DEVICES));
    const pack = resolvePack(values.pack);
    const clip = await loadClip(values.in);
    const model = await SltModel.open(pack.dir, { device });
    try {
      const r = await translateClip(model, clip);
      if (r.errors.length > 0) throw new Error(`decoding failed: ${r.errors.join('; ')}`);
      const out = {
        text: r.text,
        glosses: r.glosses,
        confidence: r.confidence,
        partials: r.partials,
        utterances: r.utterances.map((u) => ({
          text: u.text,
          glosses: u.glosses,
          confidence: u.confidence,
          start: u.t / 1000,
          seconds: u.seconds,
          reason: u.reason,
        })),
      };
      emit(values.json, out, () =>
        [
          `${r.text || '(no words)'}   (confidence ${(100 * r.confidence).toFixed(0)}%)`,
          `glosses: ${r.glosses.join(' ') || '(none)'}`,
          `${r.partials.length} partial(s), ${r.utterances.length} utterance(s) in ${clip.count} frames at ${clip.fps} fps (pack ${pack.manifest.id})`,
        ].join('\n'),
      );
      return 0;
    } finally {
      await model.dispose();
    }
  },
};
