import { toMono } from '../../../shared/audio/wav';
import type { SpeechService } from '../../speech/service';
import type { Handlers } from '../router';

/** Engines want 16 kHz mono; the renderer sends whatever rate its audio context ran at. */
const ASR_RATE = 16_000;

export function speechHandlers(
  speech: SpeechService,
): Pick<Handlers, 'speech.status' | 'speech.recognize' | 'speech.speak'> {
  return {
    'speech.status': () => speech.status(),
    'speech.recognize': async ({ pcm16, sampleRate }) => {
      const bytes = Buffer.from(pcm16, 'base64');
      const samples = new Int16Array(
        bytes.buffer,
        bytes.byteOffset,
        Math.floor(bytes.byteLength / 2),
      );
      const mono = toMono({ sampleRate, channels: 1, samples: Int16Array.from(samples) }, ASR_RATE);
      return speech.recognize(mono.samples);
    },
    'speech.speak': async ({ text }) => {
      await speech.speak(text);
      return { engine: 'espeak' };
    },
  };
}
