/**
 * Push-to-talk recording for speech recognition: microphone → audio worklet → mono Float32
 * samples at the context's rate (16 kHz where the browser allows; main resamples anyway).
 */
import { bytesToBase64 } from '../../shared/util/base64';
import workletUrl from './capture-worklet.ts?worker&url';

/** Speech engines' native rate: asking for it saves main a resampling step. */
const PREFERRED_RATE = 16_000;

export interface Recording {
  stop(): Promise<{ samples: Float32Array; sampleRate: number }>;
}

export async function startRecording(): Promise<Recording> {
  const stream = await navigator.mediaDevices.getUserMedia({
    audio: { channelCount: 1, echoCancellation: true, noiseSuppression: true },
  });
  const ctx = new AudioContext({ sampleRate: PREFERRED_RATE });
  await ctx.audioWorklet.addModule(workletUrl);
  const source = ctx.createMediaStreamSource(stream);
  const node = new AudioWorkletNode(ctx, 'signbridge-capture');
  const chunks: Float32Array[] = [];
  node.port.onmessage = (ev: MessageEvent<Float32Array>) => chunks.push(ev.data);
  source.connect(node);
  return {
    async stop() {
      source.disconnect();
      node.disconnect();
      stream.getTracks().forEach((t) => t.stop());
      const sampleRate = ctx.sampleRate;
      await ctx.close();
      const total = chunks.reduce((n, c) => n + c.length, 0);
      const samples = new Float32Array(total);
      let at = 0;
      for (const c of chunks) {
        samples.set(c, at);
        at += c.length;
      }
      return { samples, sampleRate };
    },
  };
}

/** Little-endian 16-bit PCM as base64, the form `speech.recognize` takes. */
export function pcm16Base64(pcm: Int16Array): string {
  return bytesToBase64(new Uint8Array(pcm.buffer, pcm.byteOffset, pcm.byteLength));
}
