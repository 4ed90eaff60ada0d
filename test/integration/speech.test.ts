import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeWav, toMono } from '../../src/shared/audio/wav';
import { SpeechService } from '../../src/main/speech/service';

const service = new SpeechService();
const status = await service.status();
const asr = status.asr.find((p) => p.available);
const ready = asr !== undefined && status.tts.available;
const why = `skipped: ${[...status.asr.map((p) => p.detail), status.tts.detail].join('; ')}`;

describe.skipIf(!ready)(
  `speech in and out (espeak-ng → WAV → ${asr?.label ?? 'recognizer'})${ready ? '' : ` (${why})`}`,
  () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-speech-'));
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('recognizes a sentence spoken by espeak-ng', async () => {
      const sentence = 'hello how are you today';
      const wav = path.join(dir, 'hello.wav');
      await service.synthesizeWav(sentence, wav);
      const pcm = decodeWav(fs.readFileSync(wav));
      expect(pcm.sampleRate).toBe(22050); // espeak-ng's native rate: the resampler is exercised
      const r = await service.recognize(toMono(pcm, 16000).samples);
      const heard = new Set(r.text.toLowerCase().split(/\s+/));
      const words = sentence.split(' ');
      const recall = words.filter((w) => heard.has(w)).length / words.length;
      expect(recall, `heard "${r.text}"`).toBeGreaterThanOrEqual(0.8);
    });

    it('refuses audio longer than the utterance limit', async () => {
      await expect(service.recognize(new Int16Array(61 * 16000))).rejects.toThrow(/at most 60 s/);
    });
  },
);
