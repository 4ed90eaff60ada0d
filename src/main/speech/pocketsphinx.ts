/**
 * Offline English recognition with CMU pocketsphinx as a child process: Debian's
 * `pocketsphinx_continuous` (0.8/5-prealpha) with the `pocketsphinx-en-us` model, or the newer
 * `pocketsphinx` 5 CLI where that is installed. Modest accuracy; it runs on any machine.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { EngineProbe, Recognition, SpeechRecognizer } from './engines';
import { recognizeWithProgram } from './process';

const MODEL_DIR =
  process.env.SIGNBRIDGE_POCKETSPHINX_MODEL ?? '/usr/share/pocketsphinx/model/en-us';
const CONTINUOUS = ['/usr/bin/pocketsphinx_continuous', '/usr/local/bin/pocketsphinx_continuous'];
const RECOGNIZE_TIMEOUT_MS = 60_000;

function findBinary(): string | undefined {
  return CONTINUOUS.find((b) => fs.existsSync(b));
}

function modelArgs(): string[] | undefined {
  const hmm = path.join(MODEL_DIR, 'en-us');
  const lm = path.join(MODEL_DIR, 'en-us.lm.bin');
  const dict = path.join(MODEL_DIR, 'cmudict-en-us.dict');
  return [hmm, lm, dict].every((p) => fs.existsSync(p))
    ? ['-hmm', hmm, '-lm', lm, '-dict', dict]
    : undefined;
}

export const pocketsphinx: SpeechRecognizer = {
  id: 'pocketsphinx',
  async probe(): Promise<EngineProbe> {
    const bin = findBinary();
    const model = modelArgs();
    const base = { id: 'pocketsphinx', label: 'CMU pocketsphinx (English)' };
    if (bin === undefined) {
      return {
        ...base,
        available: false,
        detail:
          'pocketsphinx is not installed (Debian/Ubuntu: apt-get install pocketsphinx pocketsphinx-en-us)',
      };
    }
    if (model === undefined) {
      return {
        ...base,
        available: false,
        detail: `the English model is missing from ${MODEL_DIR} (apt-get install pocketsphinx-en-us)`,
      };
    }
    return { ...base, available: true, detail: `${bin} with the model in ${MODEL_DIR}` };
  },
  async recognize(samples16k: Int16Array): Promise<Recognition> {
    const bin = findBinary();
    const model = modelArgs();
    if (bin === undefined || model === undefined) throw new Error((await this.probe()).detail);
    // Noise removal trims the quiet starts of synthetic and close-mic speech: keep every frame.
    return recognizeWithProgram(
      'pocketsphinx',
      bin,
      samples16k,
      (wav) => ['-infile', wav, ...model, '-remove_noise', 'no', '-logfn', '/dev/null'],
      (stdout) =>
        stdout
          .split('\n')
          .map((l) => l.trim())
          .filter((l) => l !== '' && !l.startsWith('INFO:') && !l.startsWith('READY'))
          .join(' '),
      RECOGNIZE_TIMEOUT_MS,
    );
  },
};
