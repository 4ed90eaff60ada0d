/**
 * Picks the first available recognizer and speaks through espeak-ng: what main's handlers and the
 * CLI call. Probes are cached: they touch the file system only.
 */
import type { EngineProbe, Recognition, SpeechRecognizer, SpeechSynthesizer } from './engines';
import { espeak } from './espeak';
import { pocketsphinx } from './pocketsphinx';
import { whisperCpp } from './whisper';

/** Best first: a user-installed whisper model beats pocketsphinx when it is there. */
const RECOGNIZERS: readonly SpeechRecognizer[] = [whisperCpp, pocketsphinx];
/** Longest utterance accepted for recognition, in seconds of 16 kHz audio. */
export const MAX_UTTERANCE_S = 60;

export class SpeechService {
  constructor(
    private readonly recognizers: readonly SpeechRecognizer[] = RECOGNIZERS,
    private readonly synthesizer: SpeechSynthesizer = espeak,
  ) {}

  async status(): Promise<{ asr: EngineProbe[]; tts: EngineProbe }> {
    return {
      asr: await Promise.all(this.recognizers.map((r) => r.probe())),
      tts: await this.synthesizer.probe(),
    };
  }

  async recognize(samples16k: Int16Array): Promise<Recognition> {
    if (samples16k.length > MAX_UTTERANCE_S * 16_000) {
      throw new Error(
        `${(samples16k.length / 16_000).toFixed(1)} s of audio: at most ${MAX_UTTERANCE_S} s per utterance`,
      );
    }
    for (const r of this.recognizers) {
      if ((await r.probe()).available) return r.recognize(samples16k);
    }
    const reasons = (await this.status()).asr.map((p) => `${p.label}: ${p.detail}`).join('; ');
    throw new Error(`no speech recognizer is available (${reasons}); typing still works`);
  }

  speak(text: string): Promise<void> {
    return this.synthesizer.speak(text);
  }

  synthesizeWav(text: string, file: string): Promise<void> {
    return this.synthesizer.synthesizeWav(text, file);
  }
}
