/**
 * A user-installed whisper.cpp: far better accuracy than pocketsphinx where the user has put the
 * program and a model on the machine (SignBridge ships neither: the models are large and come
 * from elsewhere). Configured with SIGNBRIDGE_WHISPER_BIN and SIGNBRIDGE_WHISPER_MODEL.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { encodeWav } from '../../shared/audio/wav';
import type { EngineProbe, Recognition, SpeechRecognizer } from './engines';
import { runProcess } from './process';

const RECOGNIZE_TIMEOUT_MS = 120_000;

function config(): { bin?: string; model?: string } {
  return { bin: process.env.SIGNBRIDGE_WHISPER_BIN, model: process.env.SIGNBRIDGE_WHISPER_MODEL };
}

export const whisperCpp: SpeechRecognizer = {
  id: 'whisper-cpp',
  async probe(): Promise<EngineProbe> {
    const { bin, model } = config();
    const base = { id: 'whisper-cpp', label: 'whisper.cpp (user-installed model)' };
    if (!bin || !model) {
      return {
        ...base,
        available: false,
        detail:
          "not configured: set SIGNBRIDGE_WHISPER_BIN to whisper.cpp's whisper-cli and SIGNBRIDGE_WHISPER_MODEL to a ggml model file",
      };
    }
    for (const [what, p] of [
      ['program', bin],
      ['model', model],
    ] as const) {
      if (!fs.existsSync(p))
        return { ...base, available: false, detail: `the whisper.cpp ${what} ${p} does not exist` };
    }
    return { ...base, available: true, detail: `${bin} with ${path.basename(model)}` };
  },
  async recognize(samples16k: Int16Array): Promise<Recognition> {
    const probe = await this.probe();
    const { bin, model } = config();
    if (!probe.available || !bin || !model) throw new Error(probe.detail);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'signbridge-whisper-'));
    const wav = path.join(dir, 'speech.wav');
    try {
      fs.writeFileSync(wav, encodeWav({ sampleRate: 16_000, channels: 1, samples: samples16k }));
      const started = performance.now();
      const r = await runProcess(
        bin,
        ['-m', model, '-f', wav, '-nt', '-np', '-l', 'en'],
        RECOGNIZE_TIMEOUT_MS,
      );
      if (r.code !== 0)
        throw new Error(
          `whisper.cpp exited with ${r.code}: ${r.stderr.trim().split('\n').at(-1) ?? ''}`,
        );
      return {
        text: r.stdout.replace(/\s+/g, ' ').trim(),
        engine: 'whisper-cpp',
        ms: performance.now() - started,
      };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
