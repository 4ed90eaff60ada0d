import { describe, expect, it } from 'vitest';
import {
  invalidValue,
  invalidValueMessage,
  outOfRangeMessage,
} from '../../../src/shared/errors/invalid';

describe('invalidValue', () => {
  it('names the thing, quotes the value and lists what is valid', () => {
    expect(invalidValueMessage('device', 'tpu', ['cpu', 'gpu'])).toBe(
      'device "tpu" is not valid; expected one of cpu, gpu',
    );
    expect(invalidValueMessage('bone', ' hips', new Set(['hips']), 'is not a clip bone')).toBe(
      'bone " hips" is not a clip bone; expected one of hips',
    );
  });

  it('shows non-strings as they are and says when nothing is valid', () => {
    expect(invalidValueMessage('pack', 3, [])).toBe(
      'pack 3 is not valid; there are none to choose from',
    );
  });

  it('is a RangeError to throw', () => {
    const e = invalidValue('mode', 'x', ['a']);
    expect(e).toBeInstanceOf(RangeError);
    expect(e.message).toBe('mode "x" is not valid; expected one of a');
  });
});

describe('outOfRangeMessage', () => {
  it('names the thing, shows the value and gives the range with both ends', () => {
    expect(outOfRangeMessage('--width', '9000', 64, 4096, 'an integer')).toBe(
      '--width "9000" is not valid; expected an integer from 64 to 4096',
    );
    expect(outOfRangeMessage('speed', 9, 0.1, 4)).toBe(
      'speed 9 is not valid; expected a number from 0.1 to 4',
    );
  });

  it('shows values that are not numbers at all as they are', () => {
    expect(outOfRangeMessage('fps', Number.NaN, 1, 240)).toBe(
      'fps NaN is not valid; expected a number from 1 to 240',
    );
  });
});
