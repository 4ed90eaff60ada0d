import { describe, expect, it } from 'vitest';
import {
  decodeFloat16,
  encodeFloat16,
  fromFloat16Bits,
  toFloat16Bits,
} from '../../../src/shared/synth/float16';
import { mulberry32 } from '../../helpers/prng';

describe('float16', () => {
  it('encodes known values bit-exactly (IEEE binary16)', () => {
    const cases: [number, number][] = [
      [0, 0x0000],
      [-0, 0x8000],
      [1, 0x3c00],
      [-2, 0xc000],
      [0.5, 0x3800],
      [65504, 0x7bff],
      [65520, 0x7c00], // rounds up to infinity
      [1e6, 0x7c00],
      [-Infinity, 0xfc00],
      [2 ** -24, 0x0001], // smallest subnormal
      [2 ** -25, 0x0000], // ties to even: down to 0
      [3 * 2 ** -25, 0x0002], // ties to even: up
      [2 ** -14, 0x0400], // smallest normal
      [1 + 2 ** -11, 0x3c00], // tie, even stays
      [1 + 3 * 2 ** -11, 0x3c02], // tie, odd rounds up
      [0.1, 0x2e66],
    ];
    for (const [v, bits] of cases) expect(toFloat16Bits(v), `${v}`).toBe(bits);
  });

  it('keeps NaN as NaN', () => {
    expect(Number.isNaN(fromFloat16Bits(toFloat16Bits(Number.NaN)))).toBe(true);
  });

  it('round-trips within half-precision error over landmark-like values', () => {
    const rnd = mulberry32(3);
    const v = Float32Array.from({ length: 10_000 }, () => rnd() * 2 - 0.5);
    const back = decodeFloat16(encodeFloat16(v));
    for (let i = 0; i < v.length; i++) {
      expect(Math.abs(back[i]! - v[i]!)).toBeLessThanOrEqual(
        Math.max(Math.abs(v[i]!) * 2 ** -11, 2 ** -25),
      );
    }
  });

  it('decodes every finite half exactly and re-encodes it to the same bits', () => {
    for (let h = 0; h < 0x10000; h++) {
      const exp = (h >>> 10) & 0x1f;
      if (exp === 0x1f) continue;
      expect(toFloat16Bits(fromFloat16Bits(h))).toBe(h);
    }
  });
});
