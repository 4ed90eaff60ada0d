/**
 * The sign → text runtime end to end with a tiny random pack made by the real exporter: the CLI
 * prints its JSON shape; in the app services the worker pushes partial then final captions and
 * the final lands in the transcript; a corrupt pack is a typed error while everything else still
 * answers; a camera that stops mid-utterance and a worker that crashes leave a cut-off caption.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppServices } from '../../src/main/services/app-services';
import { silentLogger } from '../../src/node/logger';
import type { SltCaption } from '../../src/shared/ipc/channels/slt';
import type { TranscriptEntry } from '../../src/shared/transcript/entry';
import { ROOT } from '../helpers/shared';
import {
  CLIP_FPS,
  clipFrames,
  exportTinyPack,
  trainingPythonMissing,
  writeClip,
} from './slt-pack-fixture';

const missing = trainingPythonMissing();
const TINY = 'slt-tiny-test';
const CORRUPT = 'slt-corrupt-test';

let tmp = '';
let packs = '';
let clip = '';

function flipByte(file: string): void {
  const b = fs.readFileSync(file);
  const at = Math.floor(b.length / 2);
  b[at] = (b[at] ?? 0) ^ 0xff;
  fs.writeFileSync(file, b);
}

async function startServices(sltPack: string): Promise<AppServices> {
  return AppServices.start({
    mode: 'host',
    dataDir: fs.mkdtempSync(path.join(tmp, 'data-')),
    version: 'test',
    logger: silentLogger,
    packRoots: [packs],
    sltPack,
    debugTasks: true,
  });
}

/** Collects slt.caption events; `until` resolves when one matches. */
function captions(services: AppServices) {
  const seen: SltCaption[] = [];
  const waiters: { pred: (c: SltCaption) => boolean; resolve: (c: SltCaption) => void }[] = [];
  services.events.subscribe((channel, payload) => {
    if (channel !== 'slt.caption') return;
    const c = payload as SltCaption;
    seen.push(c);
    for (const w of waiters.splice(0))
      if (w.pred(c)) w.resolve(c);
      else waiters.push(w);
  });
  const until = (pred: (c: SltCaption) => boolean, ms = 20_000) =>
    new Promise<SltCaption>((resolve, reject) => {
      const hit = seen.find(pred);
      if (hit) return resolve(hit);
      waiters.push({ pred, resolve });
      setTimeout(
        () => reject(new Error(`no matching caption in ${ms} ms (seen ${JSON.stringify(seen)})`)),
        ms,
      ).unref();
    });
  return { seen, until };
}

/** Feeds frames through main's router at twice real time, timestamps at the clip's rate. */
async function feed(services: AppServices, frames: Float32Array[], t0 = Date.now()): Promise<void> {
  for (let i = 0; i < frames.length; i++) {
    services.frames.push(i, t0 + (i * 1000) / CLIP_FPS, (frames[i] as Float32Array).slice());
    await new Promise((r) => setTimeout(r, 1000 / CLIP_FPS / 2));
  }
}

describe.skipIf(missing !== '')(
  `sign → text runtime${missing ? ` (skipped: ${missing})` : ''}`,
  () => {
    beforeAll(() => {
      tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-slt-'));
      packs = path.join(tmp, 'packs');
      exportTinyPack(path.join(packs, TINY), TINY);
      exportTinyPack(path.join(packs, CORRUPT), CORRUPT);
      flipByte(path.join(packs, CORRUPT, 'slt-encoder.onnx'));
      clip = path.join(tmp, 'clip.pose');
      writeClip(clip);
    }, 120_000);
    afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

    it('cli slt --json prints text, glosses, confidence and timed partials', () => {
      const r = spawnSync(
        process.execPath,
        [
          path.join(ROOT, 'dist/node/cli.mjs'),
          'slt',
          '--pack',
          path.join(packs, TINY),
          '--in',
          clip,
          '--json',
        ],
        { encoding: 'utf8' },
      );
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const out = JSON.parse(r.stdout) as Record<string, unknown>;
      expect(Object.keys(out).sort()).toEqual([
        'confidence',
        'glosses',
        'partials',
        'text',
        'utterances',
      ]);
      expect(typeof out.text).toBe('string');
      expect(out.confidence).toBeGreaterThanOrEqual(0);
      expect(out.confidence).toBeLessThanOrEqual(1);
      const partials = out.partials as { t: number; text: string }[];
      expect(partials.length).toBeGreaterThan(0);
      partials.forEach((p, i) => {
        expect(Object.keys(p).sort()).toEqual(['t', 'text']);
        if (i > 0) expect(p.t).toBeGreaterThan(partials[i - 1]?.t ?? 0);
      });
      // The endpoint closed the utterance(s) before the file ended: hands at rest, or no new gloss
      // from this random model for 1.2 s.
      const reasons = (out.utterances as { reason: string }[]).map((u) => u.reason);
      expect(reasons.length).toBeGreaterThan(0);
      for (const r of reasons) expect(['rest', 'pause']).toContain(r);
    });

    it('the worker pushes partials then a final, and the final is in the transcript first', async () => {
      const services = await startServices(TINY);
      try {
        expect(services.sltService.status.state).toBe('ready');
        const slt = services.engines().find((e) => e.engine === 'slt');
        expect(slt?.available).toBe(true);
        const c = captions(services);
        await feed(services, clipFrames());
        const final = await c.until((x) => x.kind === 'final');
        const first = c.seen.findIndex((x) => x.utteranceId === final.utteranceId);
        expect(c.seen[first]?.kind).toBe('partial');
        expect(final.interrupted).toBeUndefined();
        const list = await services.dispatch('transcript.list', {});
        expect(list.ok).toBe(true);
        const entries = (list as { value: { entries: TranscriptEntry[] } }).value.entries;
        expect(entries.map((e) => [e.side, e.text])).toEqual([['signer', final.text.trim()]]);
      } finally {
        await services.dispose();
      }
    });

    it('a camera that stops mid-utterance leaves the utterance as a cut-off caption', async () => {
      const services = await startServices(TINY);
      try {
        const c = captions(services);
        const signing = clipFrames().slice(0, 60); // hands still up when the frames stop
        await feed(services, signing);
        const final = await c.until((x) => x.kind === 'final');
        expect(final.interrupted).toBe(true);
      } finally {
        await services.dispose();
      }
    });

    it('a crashed worker is restarted with the pack and its partial kept as cut off', async () => {
      const services = await startServices(TINY);
      try {
        const c = captions(services);
        await feed(services, clipFrames().slice(0, 45));
        const partial = await c.until((x) => x.kind === 'partial' && x.text !== '');
        void services.slt.call('debug.crash', { message: 'test crash' }, { worker: 0 });
        const cut = await c.until(
          (x) => x.kind === 'final' && x.utteranceId === partial.utteranceId,
        );
        expect(cut.interrupted).toBe(true);
        expect(cut.confidence).toBe(0);
        // Restarted with the pack reopened by the pool's init replay.
        await services.slt.ready();
        const st = await services.slt.call('slt.status', {}, { worker: 0 });
        expect(st.ok && st.value.open).toBe(true);
      } finally {
        await services.dispose();
      }
    });

    it('a corrupt pack is a typed error and the rest of the app keeps answering', async () => {
      const services = await startServices(CORRUPT);
      try {
        const st = services.sltService.status;
        expect(st.state).toBe('error');
        if (st.state === 'error') {
          expect(st.error.kind).toBe('bad-pack');
          expect(st.error.message).toMatch(/slt-encoder\.onnx/);
        }
        const info = await services.dispatch('app.info', {});
        expect(info.ok).toBe(true);
        const slt = services.engines().find((e) => e.engine === 'slt');
        expect(slt?.available).toBe(false);
        expect(slt?.detail).toMatch(/bad-pack/);
        expect((await services.dispatch('transcript.list', {})).ok).toBe(true);
        expect((await services.dispatch('settings.get', {})).ok).toBe(true);
      } finally {
        await services.dispose();
      }
    });
  },
);
