/**
 * Inputs for host mode's network side, made from fixed seeds: JSON invoke messages against the
 * contract (valid examples of every channel, mutated), raw WebSocket frames (any opcode, bits,
 * masking, declared length, payload) and raw HTTP request heads.
 */
import crypto from 'node:crypto';
import { INVOKE_NAMES } from '../../../src/shared/ipc/contract';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings/schema';
import { FRAME_LENGTH } from '../../../src/shared/landmarks/layout';
import { encodeFrame } from '../../../src/shared/landmarks/wire';
import { clientFrame } from '../../helpers/raw-ws';
import { caseRng } from './targets';
import { int, jsonWords, mutateBytes, mutateJson, pick } from './mutate';

/** A valid payload per channel: mutations start from what the host would accept. */
const EXAMPLES: Readonly<Record<string, unknown>> = {
  'app.info': {},
  'settings.get': {},
  'settings.update': { signingSpeed: 1.5, captionSize: 'large' },
  'transcript.list': {},
  'transcript.append': { side: 'speaker', text: 'hello there' },
  'transcript.newSession': {},
  'transcript.export': { format: 'srt' },
  'packs.list': {},
  'perception.stats': {},
  'perception.reset': {},
  'perception.camera': { width: 640, height: 480 },
  'perception.status': {},
  'speech.status': {},
  'speech.speak': { text: 'hi' },
  'speech.recognize': { pcm16: 'AAAAAA==', sampleRate: 16000 },
  'slp.say': { text: 'hello', packId: 'ase' },
  'avatar.get': {},
  'debug.sltCaption': { text: 'HELLO' },
};

const WORDS = [
  ...new Set([
    ...INVOKE_NAMES,
    ...Object.values(EXAMPLES).flatMap((v) => jsonWords(v)),
    ...jsonWords(DEFAULT_SETTINGS),
    't',
    'id',
    'channel',
    'payload',
    'invoke',
    'result',
  ]),
];

/** Case n of the JSON-message fuzzer: one text message (valid UTF-8: ws checks that first). */
export function jsonCase(seed: number, n: number): string {
  const rng = caseRng(seed, n);
  const channel = pick(rng, [...INVOKE_NAMES, ...INVOKE_NAMES]) as string;
  const message = { t: 'invoke', id: n, channel, payload: EXAMPLES[channel] ?? {} };
  if (rng() < 0.1) return JSON.stringify(message).slice(0, int(rng, 0, 40));
  const mutated = rng() < 0.15 ? message : mutateJson(rng, message, WORDS);
  return JSON.stringify(mutated) ?? 'undefined';
}

export type WireCase = { readonly kind: 'frames' | 'http'; readonly bytes: Uint8Array };

/** Case n of the raw fuzzer: frames written after an upgrade, or a whole HTTP request head. */
export function wireCase(seed: number, n: number, port: number, token: string): WireCase {
  const rng = caseRng(seed ^ 0x77, n);
  if (rng() < 0.15) return { kind: 'http', bytes: httpHead(rng, port, token) };
  const frames: Uint8Array[] = [];
  for (let k = int(rng, 1, 3); k > 0; k--) frames.push(frame(rng, n));
  const bytes = Buffer.concat(frames);
  return { kind: 'frames', bytes: rng() < 0.3 ? mutateBytes(rng, bytes, frames) : bytes };
}

function frame(rng: () => number, n: number): Buffer {
  const payloads = [
    () => Buffer.from(jsonCase(0x1234, n)),
    () =>
      Buffer.from(encodeFrame({ seq: n, timestamp: n * 33, data: new Float32Array(FRAME_LENGTH) })),
    () => Buffer.from(Uint8Array.from({ length: int(rng, 0, 300) }, () => int(rng, 0, 255))),
    () => Buffer.alloc(0),
    () => Buffer.from([0x03, 0xe8, 0x68, 0x69]), // close 1000 "hi"
  ];
  const payload = pick(rng, payloads)();
  const lengths = [undefined, undefined, undefined, 0, payload.length + 1, 125, 126, 65535, 65536];
  return clientFrame({
    opcode: rng() < 0.7 ? pick(rng, [1, 2, 8, 9, 10, 0]) : int(rng, 0, 15),
    payload,
    fin: rng() < 0.85,
    rsv: rng() < 0.9 ? 0 : int(rng, 1, 7),
    mask: rng() < 0.95,
    declaredLength: pick(rng, lengths),
  });
}

function httpHead(rng: () => number, port: number, token: string): Uint8Array {
  const paths = [
    `/?token=${token}`,
    `/ws?token=${token}`,
    '/index.html',
    '//%',
    `/assets/x.js?token=${token}`,
  ];
  const upgrade = rng() < 0.5;
  const lines = [
    `${pick(rng, ['GET', 'POST', 'HEAD', 'OPTIONS', 'G\u00e9T'])} ${pick(rng, paths)} HTTP/1.1`,
    `Host: ${pick(rng, [`127.0.0.1:${port}`, `localhost:${port}`, '', 'evil.example'])}`,
    ...(upgrade
      ? [
          'Upgrade: websocket',
          'Connection: Upgrade',
          `Sec-WebSocket-Key: ${crypto.createHash('md5').update(String(rng())).digest('base64')}`,
          `Sec-WebSocket-Version: ${pick(rng, ['13', '8', '', '99999999999'])}`,
        ]
      : ['Connection: close']),
    `Cookie: sb_token=${pick(rng, [token, '', '%', 'x'.repeat(5000)])}`,
    '',
    '',
  ];
  const head = Buffer.from(lines.join('\r\n'), 'latin1');
  return rng() < 0.5 ? mutateBytes(rng, head, [head]) : head;
}
