/**
 * A user-installed whisper.cpp: far better accuracy than pocketsphinx where the user has put the
 * program and a model on the machine (SignBridge ships neither: the models are large and come
 * from elsewhere). Configured with SIGNBRIDGE_WHISPER_BIN and SIGNBRIDGE_WHISPER_MODEL.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { EngineProbe, Recognition, SpeechRecognizer } from './engines';
import { recognizeWithProgram } from './process';

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
    return recognizeWithProgram(
      'whisper-cpp',
      bin,
      samples16k,
      (wav) => ['-m', model, '-f', wav, '-nt', '-np', '-l', 'en'],
      (stdout) => stdout.replace(/\s+/g, ' ').trim(),
      RECOGNIZE_TIMEOUT_MS,
    );
  },
};
