/**
 * Clip playback: time advances by the frame delta times the speed; the current sign is the
 * timeline entry under the play head. No allocation per frame.
 */
import type { Clip } from '../../shared/motion/clip/clip';
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

  /** Index of the timeline entry being signed, or -1 between signs. */
  currentSign(): number {
    const tl = this.clip?.timeline ?? [];
    for (let i = 0; i < tl.length; i++) {
      const s = tl[i];
      if (s !== undefined && this.time >= s.start && this.time < s.end) return i;
    }
    return -1;
  }
}
