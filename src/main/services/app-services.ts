/**
 * The composition root of main's services, shared by the Electron app and host mode: settings,
 * the transcript store, the pack registry, the worker pools and the frame router, plus the
 * handler for every invoke channel in the contract. Nothing here imports electron.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { EngineStatus, InferenceStatus } from '../../shared/ipc/channels/app';
import { KindedError } from '../../shared/ipc/result';
import { affineModel } from '../../shared/onnx/builder';
import { exportTranscript } from '../../shared/transcript/export';
import { DEBUG_TASKS_ENV } from '../../workers/protocol';
import type { SltTasks } from '../../workers/slt/tasks';
import { FrameRouter } from '../frames/frame-router';
import { PackRegistry } from '../../node/packs/registry';
import { modelsDir, workerScript } from '../../node/paths';
import type { Logger } from '../../node/logger';
import { WorkerPool } from '../pool/worker-pool';
import { SettingsStore } from '../settings/settings-store';
import { SessionStore } from '../store/session-store';
import { SpeechService } from '../speech/service';
import type { EngineProbe } from '../speech/engines';
import { speechHandlers } from './handlers/speech';
import { slpHandlers } from './handlers/slp';
import { sltHandlers } from './handlers/slt';
import type { FinalCaption, SltCaption } from '../../shared/ipc/channels/slt';
import type { TranscriptEntry } from '../../shared/transcript/entry';
import { appendSignerCaption, publishCaption } from './signer-captions';
import { SlpService } from '../slp/slp-service';
import { SltService } from '../slt/slt-service';
import { EventBus } from './events';
import { perceptionStats } from './perception-stats';
import { createDispatch } from './router';
import type { Dispatch, Handlers } from './router';

export interface AppServicesOptions {
  readonly mode: 'electron' | 'host';
  readonly dataDir: string;
  readonly version: string;
  readonly logger: Logger;
  /** Extra pack roots searched after models/ and <dataDir>/packs (tests). */
  readonly packRoots?: readonly string[];
  /** Sign → text pack id to open instead of the default ase-slt (tests). */
  readonly sltPack?: string;
  /** Enables the workers' debug tasks (sleep, crash) for tests and benchmarks. */
  readonly debugTasks?: boolean;
}

const PROBE_KEY = 'probe';
/** Width of the probe model: a landmark frame's 553 points × 4 values. */
const PROBE_WIDTH = 553 * 4;

export class AppServices {
  readonly settings: SettingsStore;
  readonly sessions: SessionStore;
  readonly packs: PackRegistry;
  readonly events: EventBus;
  readonly slt: WorkerPool<SltTasks>;
  readonly frames = new FrameRouter();
  readonly speech = new SpeechService();
  readonly slp: SlpService;
  readonly sltService: SltService;
  private speechStatus: { asr: EngineProbe[]; tts: EngineProbe } | undefined;
  readonly dispatch: Dispatch;
  private inference: InferenceStatus;
  /** What the SLP worker was configured with: a change to any of these reconfigures it. */
  private slpConfigured = { speakPack: '', avatarPath: '', device: '' };
  private landmarker: EngineStatus = {
    engine: 'landmarks',
    available: false,
    detail: 'no camera started yet',
  };

  private constructor(readonly opts: AppServicesOptions) {
    fs.mkdirSync(opts.dataDir, { recursive: true });
    const log = opts.logger;
    this.settings = new SettingsStore(opts.dataDir, log);
    // Every start is a fresh conversation: the next person must not see the previous one's.
    this.sessions = new SessionStore(opts.dataDir, log, {
      start: 'fresh',
      retention: this.settings.get().transcriptRetention,
    });
    this.packs = new PackRegistry(
      [modelsDir(), path.join(opts.dataDir, 'packs'), ...(opts.packRoots ?? [])],
      log,
    );
    this.events = new EventBus(log);
    this.inference = {
      requested: this.settings.get().device,
      providers: [],
      fallbackReason: 'not started',
    };
    this.slt = new WorkerPool<SltTasks>({
      name: 'slt',
      script: workerScript('slt'),
      logger: log,
      env: opts.debugTasks ? { [DEBUG_TASKS_ENV]: '1' } : {},
      onStart: (i, restarted) => {
        this.frames.attach(this.slt.openPort(i, 'frames'));
        this.sltService.attach(i, restarted);
      },
    });
    this.sltService = new SltService({
      pool: this.slt,
      packs: this.packs,
      logger: log,
      publish: (c) => this.publishCaption(c),
      ...(opts.sltPack !== undefined ? { packId: opts.sltPack } : {}),
      preferred: () => this.settings.get().signPack,
      onState: () => this.events.emit('engines.changed', this.engines()),
    });
    this.slp = new SlpService(this.packs, log, opts.debugTasks ? { [DEBUG_TASKS_ENV]: '1' } : {});
    this.sessions.onAppend((e) => this.events.emit('transcript.entry', e));
    let retention = this.settings.get().transcriptRetention;
    let signPack = this.settings.get().signPack;
    this.settings.onChange((s) => {
      this.events.emit('settings.changed', s);
      if (s.transcriptRetention !== retention) {
        retention = s.transcriptRetention;
        this.sessions.applyRetention(retention);
      }
      if (s.device !== this.inference.requested) {
        void this.openProbe();
        void this.sltService.configure(s.device);
      } else if (s.signPack !== signPack) {
        void this.sltService.configure(s.device);
      }
      signPack = s.signPack;
      if (
        s.speakPack !== this.slpConfigured.speakPack ||
        s.avatarPath !== this.slpConfigured.avatarPath ||
        s.device !== this.slpConfigured.device
      )
        void this.configureSlp();
    });
    this.dispatch = createDispatch(this.handlers(), log);
  }

  static async start(opts: AppServicesOptions): Promise<AppServices> {
    const s = new AppServices(opts);
    s.packs.scan();
    s.speechStatus = await s.speech.status();
    await s.slt.ready();
    await Promise.all([
      s.openProbe(),
      s.configureSlp(),
      s.sltService.configure(s.settings.get().device),
    ]);
    return s;
  }

  private async configureSlp(): Promise<void> {
    const settings = this.settings.get();
    this.slpConfigured = {
      speakPack: settings.speakPack,
      avatarPath: settings.avatarPath,
      device: settings.device,
    };
    await this.slp.configure(settings);
    this.events.emit('engines.changed', this.engines());
  }

  /**
   * Opens a tiny frame-sized model with the device preference: proves onnxruntime loads in the
   * worker, tells which execution providers are in use (or why one fell back), and warms it up.
   */
  private async openProbe(): Promise<void> {
    const device = this.settings.get().device;
    const [r] = await this.slt.setInit(PROBE_KEY, 'ort.open', {
      key: PROBE_KEY,
      model: affineModel(PROBE_WIDTH, 1, 0),
      device,
    });
    this.inference =
      r?.ok === true
        ? {
            requested: device,
            providers: [...r.value.providers],
            fallbackReason: r.value.fallbackReason,
          }
        : {
            requested: device,
            providers: [],
            fallbackReason: r?.ok === false ? r.error.message : 'no worker',
          };
    if (this.inference.fallbackReason)
      this.opts.logger.log('info', `inference: ${this.inference.fallbackReason}`);
    this.events.emit('engines.changed', this.engines());
  }

  /** For the SLT service: a final caption becomes the signer's words in the transcript. */
  appendSignerCaption(final: FinalCaption): TranscriptEntry {
    return appendSignerCaption(this.sessions, final);
  }

  /** For the SLT service: sends a partial or final caption to the renderer (a final saved first). */
  publishCaption(caption: SltCaption): TranscriptEntry | undefined {
    return publishCaption(this, caption);
  }

  engines(): EngineStatus[] {
    const cpu = this.inference.providers.join(' + ') || 'unavailable';
    const slp = this.slp.describe();
    return [
      this.landmarker,
      this.sltEngine(cpu),
      { engine: 'slp', available: slp.available, detail: slp.detail },
      {
        engine: 't2g',
        available: slp.t2g !== 'none',
        detail:
          slp.t2g === 'none'
            ? `Text → gloss is unavailable for pack ${this.settings.get().speakPack}`
            : `${slp.t2g} (pack ${this.settings.get().speakPack})`,
      },
      this.speechEngine('asr'),
      this.speechEngine('tts'),
    ];
  }

  /** Sign → text for the header: running, not installed (the honest default) or refused. */
  private sltEngine(cpu: string): EngineStatus {
    const st = this.sltService.status;
    const landmarks = `Landmarks reach the SLT worker (onnxruntime ${cpu}).`;
    switch (st.state) {
      case 'ready':
        return { engine: 'slt', available: true, detail: `Sign → text: ${st.detail}` };
      case 'error':
        return {
          engine: 'slt',
          available: false,
          detail: `Sign → text pack ${st.packId} cannot be used (${st.error.kind}: ${st.error.message}). ${landmarks}`,
        };
      case 'none':
        return {
          engine: 'slt',
          available: false,
          detail: `Sign → text translation is not available yet: no SLT model pack is installed. ${landmarks}`,
        };
    }
  }

  /** Speech status for the header: which engine runs, or why none does. */
  private speechEngine(engine: 'asr' | 'tts'): EngineStatus {
    const st = this.speechStatus;
    if (st === undefined)
      return { engine, available: false, detail: 'speech engines not probed yet' };
    if (engine === 'tts') {
      return { engine, available: st.tts.available, detail: `${st.tts.label}: ${st.tts.detail}` };
    }
    const best = st.asr.find((p) => p.available);
    return best
      ? { engine, available: true, detail: `${best.label}: ${best.detail}` }
      : {
          engine,
          available: false,
          detail: `no speech recognizer (${st.asr.map((p) => `${p.label}: ${p.detail}`).join('; ')}); typing works`,
        };
  }

  private handlers(): Handlers {
    return {
      ...speechHandlers(this.speech),
      ...slpHandlers(this.slp, this.settings),
      ...sltHandlers(this.opts.debugTasks === true, (c) => this.publishCaption(c)),
      'app.info': () => ({
        name: 'SignBridge',
        version: this.opts.version,
        mode: this.opts.mode,
        platform: `${process.platform}-${process.arch}`,
        dataDir: this.opts.dataDir,
        inference: this.inference,
        engines: this.engines(),
      }),
      'settings.get': () => this.settings.get(),
      'settings.update': (patch) => this.settings.update(patch),
      'transcript.list': () => ({
        sessionId: this.sessions.sessionId,
        entries: this.sessions.list(),
      }),
      'transcript.append': (entry) => this.sessions.append(entry),
      'transcript.newSession': () => {
        const started = { sessionId: this.sessions.newSession() };
        // 'none' keeps only the conversation in progress: the one just ended goes now.
        this.sessions.applyRetention(this.settings.get().transcriptRetention);
        this.events.emit('transcript.session', started);
        return started;
      },
      'transcript.export': ({ format }) => ({
        filename: `signbridge-${this.sessions.sessionId}.${format}`,
        mime: { txt: 'text/plain', srt: 'application/x-subrip', vtt: 'text/vtt' }[format],
        content: exportTranscript(this.sessions.list(), format),
      }),
      'packs.list': () => ({ packs: this.packs.scan() }),
      'perception.stats': async () => {
        const r = await this.slt.call('frames.stats', {}, { worker: 0 });
        if (!r.ok) throw new KindedError(r.error.kind, r.error.message);
        return perceptionStats(r.value, this.frames.stats());
      },
      'perception.reset': async () => {
        const r = await this.slt.call('frames.reset', {}, { worker: 0 });
        if (!r.ok) throw new KindedError(r.error.kind, r.error.message);
        return r.value;
      },
      'perception.camera': async (c) => {
        await this.sltService.setCameraAspect(c.width / c.height);
        return {};
      },
      'perception.status': (s) => {
        this.landmarker = {
          engine: 'landmarks',
          available: s.backend !== 'none',
          detail: `${s.backend} (${s.delegate}): ${s.detail}`,
        };
        this.opts.logger.log('info', `landmarker: ${this.landmarker.detail}`);
        this.events.emit('engines.changed', this.engines());
        return {};
      },
    };
  }

  async dispose(): Promise<void> {
    this.frames.close();
    this.sltService.close();
    await Promise.all([this.slt.close(), this.slp.close()]);
    this.sessions.close();
  }
}
