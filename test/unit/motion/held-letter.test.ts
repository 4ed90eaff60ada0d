import { describe, expect, it } from 'vitest';
import { synthesize } from '../../../src/shared/motion';
import { sampleUtterance } from '../../../src/shared/motion/bench';
import { UTTERANCE_TIMING } from '../../../src/shared/motion/synth/utterance';

/** A letter spelled on its own is held like a real letter recording (~1 s), not 0.22 s. */
describe('a one-letter fingerspelled word', () => {
  const spec = sampleUtterance()[0]!;
  const spanOf = (letters: number): number => {
    const item = {
      gloss: 'fs-X',
      letters: Array.from({ length: letters }, () => spec),
      source: 'fs',
    };
    const t = synthesize([item], { fps: 60 }).timeline[0]!;
    return t.end - t.start;
  };

  it('is held heldLetter long, words keep the short letter hold', () => {
    expect(UTTERANCE_TIMING.heldLetter).toBeGreaterThanOrEqual(0.5);
    const one = spanOf(1);
    const two = spanOf(2);
    // The single letter's span (transition in + hold) exceeds the long hold…
    expect(one).toBeGreaterThan(UTTERANCE_TIMING.heldLetter);
    // …and outlasts a two-letter word, whose letters are held letterHold each.
    expect(one).toBeGreaterThan(two);
  });
});
