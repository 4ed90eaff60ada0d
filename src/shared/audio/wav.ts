/**
 * 16-bit PCM WAV in and out, and the conversions speech engines need (mono, 16 kHz). Enough of
 * RIFF to read what espeak-ng, sox and browsers write; anything else gets an error naming it.
 */
export interface Pcm16 {
  readonly sampleRate: number;
  readonly channels: number;
  /** Interleaved samples. */
  readonly samples: Int16Array;
}

export class WavError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WavError';
  }
}

const ascii = (b: Uint8Array, at: number) => String.fromCharCode(...b.subarray(at, at + 4));

export function decodeWav(bytes: Uint8Array): Pcm16 {
  if (bytes.length < 12 || ascii(bytes, 0) !== 'RIFF' || ascii(bytes, 8) !== 'WAVE') {
    throw new WavError('not a WAV file: expected "RIFF....WAVE" at the start');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let fmt: { format: number; channels: number; rate: number; bits: number } | undefined;
  for (let at = 12; at + 8 <= bytes.length;) {
    const id = ascii(bytes, at);
    let size = view.getUint32(at + 4, true);
    const body = at + 8;
    if (id === 'fmt ') {
      if (size < 16) throw new WavError(`fmt chunk of ${size} bytes: expected at least 16`);
      if (body + 16 > bytes.length)
        throw new WavError(`fmt chunk at byte ${at} is truncated: the WAV file is cut short`);
      fmt = {
        format: view.getUint16(body, true),
        channels: view.getUint16(body + 2, true),
        rate: view.getUint32(body + 4, true),
        bits: view.getUint16(body + 14, true),
      };
    } else if (id === 'data') {
      if (fmt === undefined) throw new WavError('data chunk before fmt chunk');
      // 1 = PCM; 0xfffe = extensible, whose sub-format we accept when it is 16-bit PCM.
      if ((fmt.format !== 1 && fmt.format !== 0xfffe) || fmt.bits !== 16) {
        throw new WavError(
          `WAV format ${fmt.format} with ${fmt.bits}-bit samples: expected 16-bit PCM`,
        );
      }
      if (fmt.channels < 1 || fmt.rate < 1000)
        throw new WavError(`${fmt.channels} channels at ${fmt.rate} Hz is not audio`);
      // espeak-ng writes 0x7fffffff as the size when streaming: take what is there.
      size = Math.min(size, bytes.length - body);
      const samples = new Int16Array(Math.floor(size / 2));
      for (let i = 0; i < samples.length; i++) samples[i] = view.getInt16(body + i * 2, true);
      return { sampleRate: fmt.rate, channels: fmt.channels, samples };
    }
    at = body + size + (size % 2);
  }
  throw new WavError('no data chunk: the WAV file is truncated');
}

export function encodeWav(pcm: Pcm16): Uint8Array {
  const dataBytes = pcm.samples.length * 2;
  const out = new Uint8Array(44 + dataBytes);
  const view = new DataView(out.buffer);
  const put = (at: number, s: string) => [...s].forEach((c, i) => (out[at + i] = c.charCodeAt(0)));
  put(0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  put(8, 'WAVE');
  put(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, pcm.channels, true);
  view.setUint32(24, pcm.sampleRate, true);
  view.setUint32(28, pcm.sampleRate * pcm.channels * 2, true);
  view.setUint16(32, pcm.channels * 2, true);
  view.setUint16(34, 16, true);
  put(36, 'data');
  view.setUint32(40, dataBytes, true);
  for (let i = 0; i < pcm.samples.length; i++)
    view.setInt16(44 + i * 2, pcm.samples[i] as number, true);
  return out;
}

/** Half-width of the resampling filter, in output-rate samples: 16 gives a clean cutoff. */
const SINC_HALF_WIDTH = 16;
/** Passband edge as a fraction of the lower Nyquist frequency, leaving room for the roll-off. */
const CUTOFF = 0.9;

/**
 * Mono by averaging channels, then windowed-sinc resampling to `rate` (speech engines want
 * 16 kHz). The low-pass keeps content above the new Nyquist frequency from aliasing into speech.
 */
export function toMono(pcm: Pcm16, rate: number): Pcm16 {
  const frames = Math.floor(pcm.samples.length / pcm.channels);
  const mono = new Float32Array(frames);
  for (let f = 0; f < frames; f++) {
    let sum = 0;
    for (let c = 0; c < pcm.channels; c++) sum += pcm.samples[f * pcm.channels + c] as number;
    mono[f] = sum / pcm.channels;
  }
  if (rate === pcm.sampleRate)
    return { sampleRate: rate, channels: 1, samples: Int16Array.from(mono, Math.round) };
  const ratio = pcm.sampleRate / rate;
  const fc = (CUTOFF * Math.min(1, 1 / ratio)) / 2; // cycles per input sample
  const half = Math.ceil(SINC_HALF_WIDTH * Math.max(1, ratio));
  const n = Math.max(0, Math.floor(frames / ratio));
  const out = new Int16Array(n);
  for (let i = 0; i < n; i++) {
    const x = i * ratio;
    const center = Math.floor(x);
    let acc = 0;
    let norm = 0;
    for (let k = center - half + 1; k <= center + half; k++) {
      if (k < 0 || k >= frames) continue;
      const d = x - k;
      const sinc = d === 0 ? 2 * fc : Math.sin(2 * Math.PI * fc * d) / (Math.PI * d);
      const w = 0.5 + 0.5 * Math.cos((Math.PI * d) / half); // Hann window
      acc += (mono[k] as number) * sinc * w;
      norm += sinc * w;
    }
    out[i] = Math.max(-32768, Math.min(32767, Math.round(norm === 0 ? 0 : acc / norm)));
  }
  return { sampleRate: rate, channels: 1, samples: out };
}

/** Float samples in [-1, 1] (Web Audio) to 16-bit PCM. */
export function floatToPcm16(samples: Float32Array): Int16Array {
  const out = new Int16Array(samples.length);
  for (let i = 0; i < samples.length; i++)
    out[i] = Math.round(Math.max(-1, Math.min(1, samples[i] as number)) * 32767);
  return out;
}
