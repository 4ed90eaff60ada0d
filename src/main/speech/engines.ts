/**
 * Speech engines behind two small interfaces, so a counter terminal can use whatever runs
 * offline on its machine: Debian's pocketsphinx today, a user-installed whisper.cpp model, and
 * espeak-ng or the operating system's voices for speech out.
 */
export interface EngineProbe {
  readonly id: string;
  readonly label: string;
  readonly available: boolean;
  /** What runs, or why it does not and how to make it run. */
  readonly detail: string;
}

export interface Recognition {
  readonly text: string;
  readonly engine: string;
  readonly ms: number;
}

export interface SpeechRecognizer {
  readonly id: string;
  probe(): Promise<EngineProbe>;
  /** 16 kHz mono 16-bit PCM in, text out. */
  recognize(samples16k: Int16Array): Promise<Recognition>;
}

export interface SpeechSynthesizer {
  readonly id: string;
  probe(): Promise<EngineProbe>;
  /** Speaks on the default audio device. */
  speak(text: string): Promise<void>;
  /** Writes the speech to a WAV file instead (tests, exports). */
  synthesizeWav(text: string, file: string): Promise<void>;
}
