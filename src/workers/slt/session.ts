/**
 * The SLT worker's model and stream: opened by `slt.open` (replayed by the pool after a restart),
 * fed by the frame stream, pushing caption events to main on the events port. A stream that stops
 * sending frames mid-utterance (camera lost) is finished as interrupted after CAMERA_LOST_S.
 */
import type { MessagePort } from 'node:worker_threads';
import { CAMERA_LOST_S } from '../../shared/slt/decode/endpoint';
import type { SltEvent } from '../../shared/slt/decode/events';
import { MODEL_FPS } from '../../shared/slt/features/resample';
import { SltModel } from './model';
import { SltStream } from './stream';
import type { SltOpenReq, SltOpenRes, SltStatus } from './tasks';

/** Most webcams deliver 16:9 (1280 × 720) by default; the camera's own aspect replaces it. */
export const DEFAULT_CAMERA_ASPECT = 16 / 9;
/** How often a silent frame stream is checked for. */
const CAMERA_CHECK_MS = 250;

export class SltSession {
  private model: SltModel | undefined;
  private stream: SltStream | undefined;
  private events: MessagePort | undefined;
  private aspect = DEFAULT_CAMERA_ASPECT;
  private lastFrameAt = 0;
  private readonly timer: NodeJS.Timeout;
  private readonly pending: SltEvent[] = [];

  constructor() {
    this.timer = setInterval(() => this.checkCamera(), CAMERA_CHECK_MS);
    this.timer.unref();
  }

  setEventsPort(port: MessagePort): void {
    this.events = port;
    for (const e of this.pending.splice(0)) port.postMessage(e);
  }

  async open(req: SltOpenReq): Promise<SltOpenRes> {
    const model = await SltModel.open(req.packDir, {
      device: req.device,
      threads: req.threads ?? 0,
    });
    await this.close();
    if (req.aspect !== undefined) this.aspect = req.aspect;
    this.model = model;
    this.stream = new SltStream(model, (e) => this.emit(e), { aspect: this.aspect });
    const { providers, fallbackReason } = model.providers;
    return {
      packId: model.pack.manifest.id,
      providers,
      fallbackReason,
      chunkMs: (1000 * model.geometry.frames) / MODEL_FPS,
    };
  }

  async close(): Promise<boolean> {
    const m = this.model;
    await this.stream?.flush('flush');
    this.stream = undefined;
    this.model = undefined;
    await m?.dispose();
    return m !== undefined;
  }

  frame(data: Float32Array, timestamp: number): void {
    this.lastFrameAt = performance.now();
    this.stream?.pushFrame(data, timestamp);
  }

  async flush(): Promise<boolean> {
    const s = this.stream;
    if (s === undefined) return false;
    const open = s.inUtterance;
    await s.flush('flush');
    return open;
  }

  setAspect(aspect: number): void {
    this.aspect = aspect;
    this.stream?.setAspect(aspect);
  }

  status(): SltStatus {
    return {
      open: this.model !== undefined,
      packId: this.model?.pack.manifest.id ?? null,
      inUtterance: this.stream?.inUtterance ?? false,
    };
  }

  private checkCamera(): void {
    const s = this.stream;
    if (s?.inUtterance && performance.now() - this.lastFrameAt > CAMERA_LOST_S * 1000)
      void s.flush('camera-lost');
  }

  private emit(e: SltEvent): void {
    if (this.events !== undefined) this.events.postMessage(e);
    else this.pending.push(e);
  }
}
