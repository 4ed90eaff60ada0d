import { describe, expect, it } from 'vitest';
import {
  decodeWav,
  encodeWav,
  floatToPcm16,
  toMono,
  WavError,
} from '../../../src/shared/audio/wav';

function tone(rate: number, hz: number, seconds: number, channels = 1): Int16Array {
  const n = Math.round(rate * seconds);
  const out = new Int16Array(n * channels);
  for (let i = 0; i < n; i++)
    for (let c = 0; c < channels; c++)
      out[i * channels + c] = Math.round(10000 * Math.sin((2 * Math.PI * hz * i) / rate));
  return out;
}

function rms(x: Int16Array): number {
  return Math.sqrt(x.reduce((a, v) => a + v * v, 0) / x.length);
}

describe('WAV', () => {
  it('round-trips 16-bit PCM', () => {
    const pcm = { sampleRate: 22050, channels: 2, samples: tone(22050, 440, 0.1, 2) };
    const back = decodeWav(encodeWav(pcm));
    expect(back.sampleRate).toBe(22050);
    expect(back.channels).toBe(2);
    expect(Array.from(back.samples)).toEqual(Array.from(pcm.samples));
  });

  it('refuses what it cannot read, saying what it expected', () => {
    expect(() => decodeWav(new TextEncoder().encode('hello'))).toThrow(WavError);
    const wav = encodeWav({ sampleRate: 16000, channels: 1, samples: new Int16Array(10) });
    wav[34] = 8; // 8-bit samples
    expect(() => decodeWav(wav)).toThrow(/expected 16-bit PCM/);
    expect(() => decodeWav(wav.subarray(0, 30))).toThrow(/truncated|no data/);
  });

  it('resamples to 16 kHz mono keeping a speech-band tone and removing one above Nyquist', () => {
    const speech = toMono(
      { sampleRate: 48000, channels: 2, samples: tone(48000, 1000, 0.5, 2) },
      16000,
    );
    expect(speech.sampleRate).toBe(16000);
    expect(speech.samples.length).toBe(8000);
    expect(rms(speech.samples)).toBeGreaterThan(6500); // 10000/√2 ≈ 7071 passes through
    const alias = toMono(
      { sampleRate: 48000, channels: 1, samples: tone(48000, 11000, 0.5) },
      16000,
    );
    expect(rms(alias.samples)).toBeLessThan(300); // would alias to 5 kHz without the low-pass
  });

  it('converts float samples with clipping', () => {
    expect(Array.from(floatToPcm16(Float32Array.of(0, 1, -1, 2, -0.5)))).toEqual([
      0, 32767, -32767, 32767, -16383,
    ]);
  });
});
