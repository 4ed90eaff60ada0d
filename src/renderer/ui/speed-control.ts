/**
 * The signing-speed slider. The player and the settings dialog each show one, but they are views
 * of the single stored setting: moving either saves it through main, and every slider follows
 * what main reports back, so the two can never disagree.
 */
import type { SignBridgeApi } from '../../shared/ipc/api';
import { MAX_SIGNING_SPEED, MIN_SIGNING_SPEED } from '../../shared/settings/schema';
import { h } from './dom';
import { notify } from './notice';

/** Slider step, × speed. */
export const SIGNING_SPEED_STEP = 0.25;

export interface SpeedControl {
  readonly input: HTMLInputElement;
  readonly output: HTMLOutputElement;
  /** Shows a value main reported (does not save it). */
  set(speed: number): void;
}

/** `×` reads as "times" to a screen reader and as a multiplier to the eye. */
export function speedText(speed: number): string {
  return `${speed}×`;
}

/**
 * A slider with id `id` showing `initial`. While it moves, `preview` gets each value (the player
 * applies it at once); when it is let go, the value is saved for every view.
 */
export function speedControl(
  api: SignBridgeApi,
  id: string,
  initial: number,
  preview: (speed: number) => void = () => undefined,
): SpeedControl {
  const input = h('input', {
    type: 'range',
    id,
    min: MIN_SIGNING_SPEED,
    max: MAX_SIGNING_SPEED,
    step: SIGNING_SPEED_STEP,
    value: initial,
  });
  const output = h('output', { for: id, 'aria-hidden': 'true' }, speedText(initial));
  input.setAttribute('aria-valuetext', speedText(initial));
  const show = (speed: number) => {
    output.textContent = speedText(speed);
    input.setAttribute('aria-valuetext', speedText(speed));
  };
  input.addEventListener('input', () => {
    const speed = Number(input.value);
    show(speed);
    preview(speed);
  });
  input.addEventListener('change', () => {
    void api.invoke('settings.update', { signingSpeed: Number(input.value) }).then((r) => {
      if (!r.ok) notify(`Signing speed not saved: ${r.error.message}`, 'error');
    });
  });
  return {
    input,
    output,
    set(speed) {
      input.value = String(speed);
      show(speed);
    },
  };
}
