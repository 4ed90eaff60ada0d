/**
 * Speech out with espeak-ng as a separate process (it is GPL: run, never linked). The text goes
 * on stdin, so nothing in it can be read as an option.
 */
import fs from 'node:fs';
import type { EngineProbe, SpeechSynthesizer } from './engines';
import { runProcess } from './process';

const BINARIES = ['/usr/bin/espeak-ng', '/usr/local/bin/espeak-ng', '/opt/homebrew/bin/espeak-ng'];
/** A clear, slightly slow American voice: the Klatt variant is also the one pocketsphinx hears best. */
const VOICE = 'en-us+klatt2';
const WORDS_PER_MINUTE = '150';
const SPEAK_TIMEOUT_MS = 120_000;

function binary(): string | undefined {
  return process.env.SIGNBRIDGE_ESPEAK ?? BINARIES.find((b) => fs.existsSync(b));
}

export const espeak: SpeechSynthesizer = {
  id: 'espeak',
  async probe(): Promise<EngineProbe> {
    const bin = binary();
    const base = { id: 'espeak', label: 'eSpeak NG' };
    return bin === undefined
      ? {
          ...base,
          available: false,
          detail: 'espeak-ng is not installed (apt-get install espeak-ng)',
        }
      : { ...base, available: true, detail: bin };
  },
  async speak(text: string): Promise<void> {
    const bin = binary();
    if (bin === undefined) throw new Error((await this.probe()).detail);
    const r = await runProcess(
      bin,
      ['-v', VOICE, '-s', WORDS_PER_MINUTE, '--stdin'],
      SPEAK_TIMEOUT_MS,
      text,
    );
    if (r.code !== 0) throw new Error(`espeak-ng exited with ${r.code}: ${r.stderr.trim()}`);
  },
  async synthesizeWav(text: string, file: string): Promise<void> {
    const bin = binary();
    if (bin === undefined) throw new Error((await this.probe()).detail);
    const r = await runProcess(
      bin,
      ['-v', VOICE, '-s', WORDS_PER_MINUTE, '-w', file, '--stdin'],
      SPEAK_TIMEOUT_MS,
      text,
    );
    if (r.code !== 0) throw new Error(`espeak-ng exited with ${r.code}: ${r.stderr.trim()}`);
  },
};
