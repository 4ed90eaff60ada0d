/**
 * The avatar viewport: a WebGL canvas with the stage, the loaded VRM framed from its own
 * skeleton, and a render loop that runs only while something moves.
 */
import { WebGLRenderer } from 'three';
import type { SigningAvatar } from '../avatar';
import { createStage, frameUpperBody, loadAvatar } from '../avatar';
import type { Stage } from '../avatar';

export class AvatarView {
  private readonly renderer: WebGLRenderer;
  private readonly stage: Stage = createStage();
  private avatarValue: SigningAvatar | undefined;
  private readonly resize: ResizeObserver;

  constructor(readonly canvas: HTMLCanvasElement) {
    this.renderer = new WebGLRenderer({
      canvas,
      antialias: true,
      alpha: false,
      powerPreference: 'low-power',
    });
    this.renderer.setPixelRatio(Math.min(window.devicePixelRatio, 2));
    this.resize = new ResizeObserver(() => this.fit());
    this.resize.observe(canvas);
  }

  get avatar(): SigningAvatar | undefined {
    return this.avatarValue;
  }

  async load(bytes: ArrayBuffer, name: string): Promise<SigningAvatar> {
    const next = await loadAvatar(bytes, name);
    if (this.avatarValue !== undefined) this.stage.scene.remove(this.avatarValue.vrm.scene);
    this.avatarValue = next;
    this.stage.scene.add(next.vrm.scene);
    this.fit();
    return next;
  }

  render(): void {
    this.renderer.render(this.stage.scene, this.stage.camera);
  }

  private fit(): void {
    const w = Math.max(1, this.canvas.clientWidth);
    const h = Math.max(1, this.canvas.clientHeight);
    this.renderer.setSize(w, h, false);
    if (this.avatarValue !== undefined)
      frameUpperBody(this.stage.camera, this.avatarValue.skeleton, w / h);
    this.render();
  }

  dispose(): void {
    this.resize.disconnect();
    this.renderer.dispose();
  }
}

export function webglAvailable(): boolean {
  try {
    return document.createElement('canvas').getContext('webgl2') !== null;
  } catch {
    return false;
  }
}
