import { describe, expect, it } from 'vitest';
import {
  base64ToBytes,
  base64ToFloat32,
  bytesToBase64,
  float32ToBase64,
} from '../../../src/shared/util/base64';

describe('base64', () => {
  it('matches Node for every length residue and byte value', () => {
    for (const n of [0, 1, 2, 3, 4, 5, 255, 256, 12289]) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + 11) & 0xff);
      const text = bytesToBase64(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64'));
      expect(Array.from(base64ToBytes(text))).toEqual(Array.from(bytes));
    }
  });

  it('round-trips float32 arrays exactly, NaN and -0 included', () => {
    const a = Float32Array.of(0, -0, 1.5, -3.25e-7, Number.NaN, Infinity);
    const b = base64ToFloat32(float32ToBase64(a));
    expect(Array.from(b).map((x) => (Object.is(x, -0) ? '-0' : String(x)))).toEqual([
      '0',
      '-0',
      '1.5',
      String(Math.fround(-3.25e-7)),
      'NaN',
      'Infinity',
    ]);
  });

  it('refuses text that is not base64', () => {
    expect(() => base64ToBytes('ab$d')).toThrow(/not a base64 character/);
    expect(() => base64ToBytes('abcde')).toThrow(/truncated/);
  });
});
