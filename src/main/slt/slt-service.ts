/**
 * Main's side of sign → text: owns the SLT worker's configuration (the default `slt` pack, found
 * and verified by the pack registry, opened in every worker and reopened after a restart) and
 * turns the events the worker pushes into captions: partials are published, a final is saved to
 * the transcript and then published (publishCaption does both, in that order).
 *
 * States: `none` (no slt pack: the honest state, the UI says why there are no captions), `ready`,
 * `error` (a broken or mismatched pack: a typed error, the rest of the app keeps working). A worker
 * that crashes mid-utterance is restarted by the pool; the utterance it was on is kept as a cut-off
 * caption, and the transcript is untouched otherwise.
 */
import { NOT_UNDERSTOOD_BELOW, NOT_UNDERSTOOD_TEXT } from '../../shared/transcript/confidence';
import type { MessagePort } from 'node:worker_threads';
import type { SltCaption } from '../../shared/ipc/channels/slt';
import { KindedError, toIpcError } from '../../shared/ipc/result';
import type { IpcError } from '../../shared/ipc/result';
import type { DevicePreference } from '../../shared/settings/schema';
import type { TranscriptEntry } from '../../shared/transcript/entry';
import { SLT_EVENTS_PORT } from '../../shared/slt/decode/events';
import { chooseSltPack } from '../../shared/settings/slt-pack';
import type { SltEvent, SltPartialEvent } from '../../shared/slt/decode/events';
import type { SltTasks } from '../../workers/slt/tasks';
import type { PackRegistry } from '../../node/packs/registry';
import type { Logger } from '../../node/logger';
import type { WorkerPool } from '../pool/worker-pool';

const INIT_KEY = 'slt-model';
/** The camera aspect is an init step of its own: a restarted worker gets it back. */
const CAMERA_KEY = 'slt-camera';

export type SltServiceState =
  | { readonly state: 'none'; readonly detail: string }
  | { readonly state: 'ready'; readonly packId: string; readonly detail: string }
  | { readonly state: 'error'; readonly packId: string; readonly error: IpcError };

export interface SltServiceDeps {
  readonly pool: WorkerPool<SltTasks>;
  readonly packs: PackRegistry;
  readonly logger: Logger;
  /** AppServices.publishCaption: a final is appended to the transcript before it is sent. */
  readonly publish: (c: SltCaption) => TranscriptEntry | undefined;
  /** A pack id to open instead of the default (tests, `--slt-pack`). */
  readonly packId?: string;
  /** The user's choice (Settings → "Sign language to text"): used when it names an slt pack. */
  readonly preferred?: () => string;
  /** Called whenever the state changes (the engines list in the header). */
  readonly onState?: (s: SltServiceState) => void;
}

export class SltService {
  private current: SltServiceState = { state: 'none', detail: 'not configured yet' };
  /** The utterance on screen: kept to mark it cut off if its worker dies. */
  private partial: SltPartialEvent | undefined;
  private readonly ports = new Map<number, MessagePort>();

  constructor(private readonly deps: SltServiceDeps) {}

  get status(): SltServiceState {
    return this.current;
  }

  /** The pack the app should open (shared/settings/slt-pack.ts decides). */
  choosePack(): string | undefined {
    if (this.deps.packId !== undefined) return this.deps.packId;
    const slt = this.deps.packs.list().filter((r) => (r.capabilities ?? []).includes('slt'));
    const ids = [...slt.filter((r) => r.ok), ...slt.filter((r) => !r.ok)].map((r) => r.id);
    return chooseSltPack(this.deps.preferred?.() ?? '', ids);
  }

  /** Opens (or reopens, e.g. for a new device) the default pack in the worker. */
  async configure(device: DevicePreference): Promise<SltServiceState> {
    const id = this.choosePack();
    if (id === undefined) {
      await this.deps.pool.setInit(INIT_KEY, 'slt.close', {});
      return this.set({ state: 'none', detail: 'no sign → text (slt) pack is installed' });
    }
    try {
      const pack = this.deps.packs.get(id); // throws bad-pack with the verification problems
      const [r] = await this.deps.pool.setInit(INIT_KEY, 'slt.open', { packDir: pack.dir, device });
      if (r === undefined) throw new KindedError('unavailable', 'the SLT pool has no worker');
      if (!r.ok) throw new KindedError(r.error.kind, r.error.message);
      const v = r.value;
      return this.set({
        state: 'ready',
        packId: v.packId,
        detail: `pack ${v.packId} on ${v.providers.join(' + ')}${v.fallbackReason ? ` (${v.fallbackReason})` : ''}, chunk ${v.chunkMs.toFixed(0)} ms`,
      });
    } catch (e) {
      // A failed open must not be replayed after every restart.
      await this.deps.pool.setInit(INIT_KEY, 'slt.close', {});
      const error = toIpcError(e);
      this.deps.logger.log('error', `sign → text pack "${id}" not used: ${error.message}`);
      return this.set({ state: 'error', packId: id, error });
    }
  }

  /** Pool onStart: connects worker `index`'s events port; after a crash, closes the lost utterance. */
  attach(index: number, restarted: boolean): void {
    this.ports.get(index)?.close();
    const port = this.deps.pool.openPort(index, SLT_EVENTS_PORT);
    port.on('message', (e: SltEvent) => this.onEvent(e));
    this.ports.set(index, port);
    if (restarted) this.interrupt('the SLT worker restarted');
  }

  /** The camera's aspect (width / height): features read x in the same units as y. */
  async setCameraAspect(aspect: number): Promise<void> {
    if (!(aspect > 0) || !Number.isFinite(aspect))
      throw new RangeError(`camera aspect ${aspect}: expected a finite number above 0`);
    await this.deps.pool.setInit(CAMERA_KEY, 'slt.camera', { aspect });
  }

  /** Ends the open utterance now (tests; a "done signing" button). */
  async flush(): Promise<boolean> {
    const r = await this.deps.pool.call('slt.flush', {}, { worker: 0 });
    return r.ok && r.value.flushed;
  }

  close(): void {
    for (const p of this.ports.values()) p.close();
    this.ports.clear();
  }

  private set(s: SltServiceState): SltServiceState {
    this.current = s;
    this.deps.onState?.(s);
    return s;
  }

  private onEvent(e: SltEvent): void {
    try {
      switch (e.type) {
        case 'partial':
          this.partial = e;
          this.deps.publish({
            kind: 'partial',
            utteranceId: e.utteranceId,
            text: e.text,
            glosses: [...e.glosses],
            // Greedy CTC gives no calibrated confidence; the final carries the real one.
            confidence: 0,
            t: e.t,
          });
          return;
        case 'final':
          if (this.partial?.utteranceId === e.utteranceId) this.partial = undefined;
          if (e.text.trim() === '') {
            // Nothing to caption: clear a partial that may be on screen.
            this.deps.publish({
              kind: 'partial',
              utteranceId: e.utteranceId,
              text: '',
              glosses: [],
              confidence: 0,
              t: e.t,
            });
            return;
          }
          this.deps.publish({
            kind: 'final',
            utteranceId: e.utteranceId,
            // The glosses and the confidence stay: the transcript shows what was seen and how sure.
            text: e.confidence < NOT_UNDERSTOOD_BELOW ? NOT_UNDERSTOOD_TEXT : e.text,
            glosses: [...e.glosses],
            confidence: e.confidence,
            t: e.t,
            ...(e.interrupted ? { interrupted: true } : {}),
          });
          return;
        case 'error':
          this.deps.logger.log(
            'error',
            `sign → text${e.utteranceId ? ` (${e.utteranceId})` : ''}: ${e.kind}: ${e.message}`,
          );
      }
    } catch (err) {
      this.deps.logger.log('error', `sign → text caption dropped: ${toIpcError(err).message}`);
    }
  }

  /** The partial on screen becomes a cut-off caption (confidence 0: no sentence was decoded). */
  private interrupt(why: string): void {
    const p = this.partial;
    this.partial = undefined;
    if (p === undefined || p.text.trim() === '') return;
    this.deps.logger.log('warn', `sign → text utterance ${p.utteranceId} cut off: ${why}`);
    try {
      this.deps.publish({
        kind: 'final',
        utteranceId: p.utteranceId,
        text: p.text,
        glosses: [...p.glosses],
        confidence: 0,
        t: p.t,
        interrupted: true,
      });
    } catch (err) {
      this.deps.logger.log('error', `cut-off caption dropped: ${toIpcError(err).message}`);
    }
  }
}
