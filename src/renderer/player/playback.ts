/**
 * Clip playback: time advances by the frame delta times the speed; the current sign is the one
 * whose own movement the play head is in (transitions count for the sign before). No allocation
 * per frame.
 */
import { signOnset, type Clip } from '../../shared/motion/clip/clip';
import { MAX_SIGNING_SPEED, MIN_SIGNING_SPEED } from '../../shared/settings/schema';

export class Playback {
  clip: Clip | undefined;
  time = 0;
  playing = false;
  private speedValue = 1;

  get duration(): number {
    return this.clip === undefined ? 0 : (this.clip.frameCount - 1) / this.clip.fps;
  }

  get speed(): number {
    return this.speedValue;
  }

  set speed(x: number) {
    this.speedValue = Math.min(MAX_SIGNING_SPEED, Math.max(MIN_SIGNING_SPEED, x));
  }

  start(clip: Clip): void {
    this.clip = clip;
    this.time = 0;
    this.playing = true;
  }

  /** Advances by `dt` seconds of wall time; returns false once the end is reached. */
  advance(dt: number): boolean {
    if (!this.playing || this.clip === undefined) return false;
    this.time = Math.min(this.duration, this.time + dt * this.speedValue);
    if (this.time >= this.duration) this.playing = false;
    return true;
  }

  /**
   * Index of the sign the hands are making, or -1 before the first and after the last. A sign is
   * lit from its onset (the hands reach its first posture), not from the start of the transition
   * into it, and stays lit while the hands travel on to the next one: the highlight never runs
   * ahead of the hands.
   */
  currentSign(): number {
    const tl = this.clip?.timeline ?? [];
    let current = -1;
    for (let i = 0; i < tl.length; i++) {
      const s = tl[i];
      if (s === undefined || this.time < signOnset(s)) break;
      current = i;
    }
    const last = tl[current];
    return current === tl.length - 1 && last !== undefined && this.time >= last.end ? -1 : current;
  }
}
