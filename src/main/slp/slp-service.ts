/**
 * Text → sign in main: owns the SLP worker, keeps it configured with the speak pack and avatar
 * from settings (replayed after a worker crash), and turns its results into IPC payloads.
 */
import type { SlpResult } from '../../shared/ipc/channels/slp';
import { clipToWire, MAX_CLIP_FRAMES } from '../../shared/ipc/clip-wire';
import { KindedError } from '../../shared/ipc/result';
import type { Settings } from '../../shared/settings/schema';
import { embeddingsDirOf } from '../../node/text/embeddings-file';
import type { SlpConfigured, SlpTasks } from '../../workers/slp/tasks';
import type { PackRegistry } from '../../node/packs/registry';
import { modelsDir, workerScript } from '../../node/paths';
import type { Logger } from '../../node/logger';
import { WorkerPool } from '../pool/worker-pool';
import { chooseAvatar } from './avatar-file';

/** Frame rate of synthesized clips: matches a camera, and the player interpolates anyway. */
export const CLIP_FPS = 30;
/** Loading wink-nlp, WordNet and a lexicon takes a few seconds on a slow machine. */
const CONFIGURE_TIMEOUT_MS = 120_000;

export class SlpService {
  readonly pool: WorkerPool<SlpTasks>;
  private status: { ok: true; info: SlpConfigured } | { ok: false; reason: string } = {
    ok: false,
    reason: 'starting',
  };

  constructor(
    private readonly packs: PackRegistry,
    private readonly logger: Logger,
    env: Record<string, string>,
  ) {
    this.pool = new WorkerPool<SlpTasks>({
      name: 'slp',
      script: workerScript('slp'),
      logger,
      env,
      callTimeoutMs: CONFIGURE_TIMEOUT_MS,
    });
  }

  /** Loads the pack and avatar from settings into the worker (now and after every restart). */
  async configure(settings: Settings): Promise<void> {
    let pack;
    try {
      pack = this.packs.get(settings.speakPack);
    } catch (e) {
      this.status = { ok: false, reason: e instanceof Error ? e.message : String(e) };
      this.logger.log('warn', `text → sign: ${this.status.reason}`);
      return;
    }
    const avatar = chooseAvatar(settings.avatarPath);
    const [r] = await this.pool.setInit('config', 'slp.configure', {
      pack,
      embeddingsDir: embeddingsDirOf(modelsDir()),
      device: settings.device,
      avatarPath: avatar.path,
      fps: CLIP_FPS,
    });
    if (r?.ok) {
      this.status = { ok: true, info: r.value };
      for (const w of r.value.warnings)
        this.logger.log('warn', `text → sign (${r.value.packId}): ${w}`);
      this.logger.log(
        'info',
        `text → sign: pack ${r.value.packId}, ${r.value.signs} signs, ${r.value.t2g} text → gloss, avatar ${r.value.avatar} (${r.value.loadMs.toFixed(0)} ms)`,
      );
    } else {
      this.status = { ok: false, reason: r?.ok === false ? r.error.message : 'no worker' };
      this.logger.log('error', `text → sign unavailable: ${this.status.reason}`);
    }
  }

  describe(): { available: boolean; detail: string; t2g: string } {
    if (!this.status.ok)
      return {
        available: false,
        detail: `The signing avatar is unavailable: ${this.status.reason}`,
        t2g: 'none',
      };
    const i = this.status.info;
    return {
      available: true,
      detail: `pack ${i.packId}: ${i.signs} signs (${i.alphabet}-letter alphabet), avatar ${i.avatar}`,
      t2g: i.t2g,
    };
  }

  /**
   * Text → clip with the configured speak pack. `packId`, when given, must be that pack: the
   * worker holds one pack, and signing with another than the caller asked for would be wrong
   * without a word. A clip longer than the wire's frame cap is refused here, naming the limit,
   * rather than failing later as an invalid response.
   */
  async say(text: string, packId?: string): Promise<SlpResult> {
    if (!this.status.ok)
      throw new KindedError('unavailable', `text → sign is unavailable: ${this.status.reason}`);
    const configured = this.status.info.packId;
    if (packId !== undefined && packId !== configured) {
      throw new KindedError(
        'invalid-request',
        `pack "${packId}" is not the speak pack; text → sign signs with "${configured}" (choose another in Settings, or leave packId out)`,
      );
    }
    const r = await this.pool.call('slp.say', { text });
    if (!r.ok) throw new KindedError(r.error.kind, r.error.message);
    const u = r.value;
    if (u.clip !== undefined && u.clip.frameCount > MAX_CLIP_FRAMES) {
      const seconds = (n: number) => (n / (u.clip?.fps ?? CLIP_FPS)).toFixed(0);
      throw new KindedError(
        'invalid-request',
        `the text signs as ${u.clip.frameCount} frames (${seconds(u.clip.frameCount)} s); one clip holds at most ${MAX_CLIP_FRAMES} frames (${seconds(MAX_CLIP_FRAMES)} s at ${u.clip.fps} fps): send shorter text`,
      );
    }
    return {
      packId: configured,
      t2g: u.t2g,
      unresolved: u.unresolved,
      ...(u.clip ? { clip: clipToWire(u.clip) } : {}),
      timings: u.timings,
    };
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
