import { describe, expect, it } from 'vitest';
import { MAX_CLIP_FRAMES } from '../../../src/shared/ipc/clip-wire';
import { ok } from '../../../src/shared/ipc/result';
import type { SettingsStore } from '../../../src/main/settings/settings-store';
import { slpHandlers } from '../../../src/main/services/handlers/slp';
import { SlpService } from '../../../src/main/slp/slp-service';
import type { SignedUtterance } from '../../../src/workers/slp/tasks';

// Issue 18: slp.say accepted text whose clip then passed the wire's frame cap (failing after
// 8 s as "invalid response"), and ignored the packId it was given.

/** An SlpService configured with pack `ase` whose worker answers with a clip of `frames`. */
function service(frames: number): { slp: SlpService; calls: string[] } {
  const calls: string[] = [];
  const utterance: SignedUtterance = {
    t2g: { signs: [{ gloss: 'HELLO', resolved: 'sign', from: 'hello' }], nonManual: [] },
    unresolved: [],
    clip: {
      fps: 30,
      frameCount: frames,
      bones: [],
      expressions: [],
      rotations: new Float32Array(0),
      expressionWeights: new Float32Array(0),
      timeline: [{ gloss: 'HELLO', start: 0, end: frames / 30, source: 'ase' }],
    },
    timings: { t2gMs: 1, synthMs: 1 },
  };
  // No worker thread: the pool is replaced by one that answers at once.
  const slp = Object.create(SlpService.prototype) as SlpService;
  Object.assign(slp, {
    pool: {
      call: (_task: string, req: { text: string }) => {
        calls.push(req.text);
        return Promise.resolve(ok(utterance));
      },
    },
    status: {
      ok: true,
      info: {
        packId: 'ase',
        signs: 1,
        alphabet: 26,
        t2g: 'rules',
        avatar: 'x',
        warnings: [],
        loadMs: 1,
      },
    },
  });
  return { slp, calls };
}

describe('slp.say', () => {
  it('refuses a clip over the frame cap with an error that names the limit', async () => {
    const { slp } = service(MAX_CLIP_FRAMES + 1);
    await expect(slp.say('a long text')).rejects.toThrow(
      `the text signs as ${MAX_CLIP_FRAMES + 1} frames (1200 s); one clip holds at most ${MAX_CLIP_FRAMES} frames (1200 s at 30 fps): send shorter text`,
    );
    await expect(service(MAX_CLIP_FRAMES).slp.say('just fits')).resolves.toMatchObject({
      packId: 'ase',
    });
  });

  it('passes packId on and refuses one that is not the speak pack, before any work', async () => {
    const { slp, calls } = service(30);
    const handlers = slpHandlers(slp, {} as SettingsStore);
    await expect(handlers['slp.say']({ text: 'hello', packId: 'bfi' })).rejects.toThrow(
      'pack "bfi" is not the speak pack; text → sign signs with "ase"',
    );
    expect(calls).toEqual([]);
    await expect(handlers['slp.say']({ text: 'hello', packId: 'ase' })).resolves.toMatchObject({
      packId: 'ase',
    });
    await expect(handlers['slp.say']({ text: 'hello' })).resolves.toMatchObject({ packId: 'ase' });
    expect(calls).toEqual(['hello', 'hello']);
  });
});
