/**
 * The signing avatar with its controls: play/pause, replay, speed 0.25–2×, the current sign
 * highlighted. Loads the avatar main names (the user's VRM or the default) and says plainly when
 * it cannot (no WebGL, a broken file).
 */
import type { SignBridgeApi } from '../../shared/ipc/api';
import type { SlpResult } from '../../shared/ipc/channels/slp';
import { clipFromWire } from '../../shared/ipc/clip-wire';
import { synthesize } from '../../shared/motion';
import { base64ToBytes } from '../../shared/util/base64';
import { h } from '../ui/dom';
import { notify } from '../ui/notice';
import { speedControl } from '../ui/speed-control';
import type { SpeedControl } from '../ui/speed-control';
import { AvatarView, webglAvailable } from './avatar-view';
import { GlossStrip } from './gloss-strip';
import { Playback } from './playback';

/** Frame rate of the one-pose rest clip shown before anything is signed. */
const REST_FPS = 30;
/** Longest frame delta honoured, s: after a stall the clip skips ahead rather than racing. */
const MAX_DT = 0.1;

export class AvatarPlayer {
  readonly element: HTMLElement;
  private readonly canvas = h('canvas', { class: 'avatar-canvas', 'aria-hidden': 'true' });
  private readonly status = h(
    'p',
    { class: 'avatar-status', role: 'status' },
    'Loading the avatar…',
  );
  private readonly strip = new GlossStrip();
  private readonly playBtn = h('button', { type: 'button', disabled: true }, 'Play');
  private readonly replayBtn = h('button', { type: 'button', disabled: true }, 'Replay');
  private readonly playback = new Playback();
  /** The stored signing speed: moving it previews at once and saves it for Settings too. */
  private readonly speed: SpeedControl;
  private view: AvatarView | undefined;
  private frame = 0;
  private last = 0;

  constructor(private readonly api: SignBridgeApi) {
    this.speed = speedControl(api, 'player-speed', this.playback.speed, (x) => {
      this.playback.speed = x;
    });
    this.element = h(
      'div',
      { class: 'avatar-player' },
      h(
        'div',
        { class: 'avatar-viewport', role: 'img', 'aria-label': 'Signing avatar' },
        this.canvas,
        this.status,
      ),
      this.strip.element,
      h(
        'div',
        { class: 'toolbar', role: 'toolbar', 'aria-label': 'Avatar playback' },
        this.playBtn,
        this.replayBtn,
        h('label', { for: 'player-speed' }, 'Speed'),
        this.speed.input,
        this.speed.output,
      ),
    );
    this.playBtn.addEventListener('click', () => this.togglePlay());
    this.replayBtn.addEventListener('click', () => this.replay());
  }

  /** Sets the playback speed to the stored setting (main reported it). */
  setSpeed(x: number): void {
    this.playback.speed = x;
    this.speed.set(this.playback.speed);
  }

  /** Forgets the last message (a new conversation): no signs, nothing to replay. */
  clear(): void {
    this.playback.playing = false;
    this.playback.clip = undefined;
    this.strip.clear();
    this.playBtn.disabled = true;
    this.replayBtn.disabled = true;
    this.syncButtons();
  }

  async loadAvatar(): Promise<void> {
    if (!webglAvailable()) {
      this.status.textContent =
        'The avatar needs WebGL 2, which this window does not have. Glosses are still shown below.';
      return;
    }
    const r = await this.api.invoke('avatar.get', {});
    if (!r.ok) {
      this.status.textContent = `No avatar: ${r.error.message}`;
      return;
    }
    try {
      const src = r.value;
      const bytes =
        src.base64 !== undefined
          ? toArrayBuffer(base64ToBytes(src.base64))
          : await (await fetch(src.url ?? '')).arrayBuffer();
      this.view ??= new AvatarView(this.canvas);
      const avatar = await this.view.load(bytes, src.name);
      // Stand at rest (hands down, as between utterances), not in the file's T-pose.
      const rest = synthesize([], { fps: REST_FPS, skeleton: avatar.motionSkeleton });
      avatar.applyPose(rest, rest.frameCount - 1);
      const notes = [
        src.problem ? `Using the default avatar: ${src.problem}.` : '',
        ...avatar.warnings,
      ].filter((x) => x !== '');
      this.status.textContent = notes.join(' ');
      if (notes.length > 0) notify(notes.join(' '));
      this.view.render();
    } catch (e) {
      this.status.textContent = `The avatar could not be loaded: ${e instanceof Error ? e.message : String(e)}`;
    }
  }

  /** Shows an utterance's signs and plays its clip from the start. */
  show(result: SlpResult): void {
    this.strip.show(result);
    if (result.clip === undefined) {
      this.status.textContent = 'Nothing in this message could be signed.';
      return;
    }
    this.playback.start(clipFromWire(result.clip));
    this.playBtn.disabled = false;
    this.replayBtn.disabled = false;
    this.run();
  }

  private togglePlay(): void {
    if (this.playback.clip === undefined) return;
    if (this.playback.playing) this.playback.playing = false;
    else {
      if (this.playback.time >= this.playback.duration) this.playback.time = 0;
      this.playback.playing = true;
      this.run();
    }
    this.syncButtons();
  }

  private replay(): void {
    if (this.playback.clip === undefined) return;
    this.playback.start(this.playback.clip);
    this.run();
  }

  private syncButtons(): void {
    this.playBtn.textContent = this.playback.playing ? 'Pause' : 'Play';
    this.playBtn.setAttribute('aria-pressed', String(this.playback.playing));
  }

  private run(): void {
    this.syncButtons();
    if (this.frame !== 0) return;
    this.last = performance.now();
    const tick = (now: number) => {
      const dt = Math.min(MAX_DT, (now - this.last) / 1000);
      this.last = now;
      const moving = this.playback.advance(dt);
      const avatar = this.view?.avatar;
      if (avatar !== undefined && this.playback.clip !== undefined) {
        avatar.applyTime(this.playback.clip, this.playback.time, dt);
        this.view?.render();
      }
      this.strip.highlight(this.playback.currentSign());
      if (moving && this.playback.playing) this.frame = requestAnimationFrame(tick);
      else {
        this.frame = 0;
        this.syncButtons();
      }
    };
    this.frame = requestAnimationFrame(tick);
  }
}

function toArrayBuffer(u8: Uint8Array): ArrayBuffer {
  return u8.byteOffset === 0 && u8.byteLength === u8.buffer.byteLength
    ? (u8.buffer as ArrayBuffer)
    : (u8.slice().buffer as ArrayBuffer);
}
