import { describe, expect, it } from 'vitest';
import { invalidValue, invalidValueMessage } from '../../../src/shared/errors/invalid';

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
