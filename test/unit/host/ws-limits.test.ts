import { describe, expect, it } from 'vitest';
import { MAX_WS_MESSAGE_BYTES } from '../../../src/host/ws-limits';
import { contract } from '../../../src/shared/ipc/contract';
import { MAX_PCM_BASE64 } from '../../../src/shared/ipc/channels/speech';
import { FRAME_MESSAGE_BYTES } from '../../../src/shared/landmarks/wire';

describe('host WebSocket message cap', () => {
  const largestRecognize = (pcmChars: number) => ({
    t: 'invoke',
    id: Number.MAX_SAFE_INTEGER,
    channel: 'speech.recognize',
    payload: { pcm16: 'A'.repeat(pcmChars), sampleRate: 48_000 },
  });

  it('admits the largest legitimate message: speech.recognize with 60 s of audio', () => {
    const message = largestRecognize(MAX_PCM_BASE64 - (MAX_PCM_BASE64 % 4));
    expect(contract['speech.recognize'].request.safeParse(message.payload).success).toBe(true);
    expect(Buffer.byteLength(JSON.stringify(message))).toBeLessThanOrEqual(MAX_WS_MESSAGE_BYTES);
    expect(FRAME_MESSAGE_BYTES).toBeLessThanOrEqual(MAX_WS_MESSAGE_BYTES);
  });

  it('is no larger than that message needs (the old cap was 64 MiB)', () => {
    const message = largestRecognize(MAX_PCM_BASE64);
    expect(MAX_WS_MESSAGE_BYTES - Buffer.byteLength(JSON.stringify(message))).toBeLessThan(1024);
  });
});
