import fs from 'node:fs';
import { decodeWav, toMono } from '../../shared/audio/wav';
import { SpeechService } from '../../main/speech/service';
import { invalidValueMessage } from '../../shared/errors/invalid';
import type { Command } from '../command';
import { emit, UsageError } from '../command';
import { parseOptions } from '../options';
import { checkInputFile, MAX_WAV_BYTES } from '../input-limits';

const SUBCOMMANDS = ['status', 'recognize', 'say'] as const;

const USAGE = `usage: cli speech status [--json]
       cli speech recognize --in <file.wav> [--json]     16-bit PCM WAV, any rate, mono or stereo
       cli speech say --text "..." [--out <file.wav>]    speak (or write a WAV) with espeak-ng`;

export const speechCommand: Command = {
  name: 'speech',
  summary: 'speech recognition and synthesis engines (offline)',
  usage: USAGE,
  async run(argv) {
    const [sub, ...rest] = argv;
    const { values } = parseOptions(rest, {
      json: { type: 'boolean', default: false },
      in: { type: 'string' },
      text: { type: 'string' },
      out: { type: 'string' },
    });
    const speech = new SpeechService();
    switch (sub) {
      case 'status': {
        const st = await speech.status();
        emit(values.json, st, () =>
          [
            ...st.asr.map((p) => `asr ${p.available ? 'ok ' : 'no '} ${p.label}: ${p.detail}`),
            `tts ${st.tts.available ? 'ok ' : 'no '} ${st.tts.label}: ${st.tts.detail}`,
          ].join('\n'),
        );
        return 0;
      }
      case 'recognize': {
        if (!values.in) throw new UsageError('--in <file.wav> is required');
        checkInputFile('--in', values.in, MAX_WAV_BYTES);
        const pcm = toMono(decodeWav(fs.readFileSync(values.in)), 16_000);
        const r = await speech.recognize(pcm.samples);
        emit(
          values.json,
          { ...r, seconds: pcm.samples.length / 16_000 },
          () => r.text || '(nothing recognized)',
        );
        return 0;
      }
      case 'say': {
        if (!values.text?.trim()) throw new UsageError('--text is required and must not be empty');
        if (values.out) await speech.synthesizeWav(values.text, values.out);
        else await speech.speak(values.text);
        emit(values.json, { engine: 'espeak', out: values.out ?? null }, () =>
          values.out ? `wrote ${values.out}` : 'spoken',
        );
        return 0;
      }
      default:
        throw new UsageError(
          invalidValueMessage('speech command', sub ?? '', SUBCOMMANDS, 'is unknown'),
        );
    }
  },
};
