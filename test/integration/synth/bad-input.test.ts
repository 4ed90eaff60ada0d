import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSynth } from '../../../src/cli/synth/run-synth';
import { UtteranceRenderer } from '../../../src/shared/synth/render';
import { NO_NOISE } from '../../../src/shared/synth/noise/params';
import { makeProfile } from '../../../src/shared/synth/profiles';
import { SignLexicon } from '../../../src/shared/lexicon/sign-lexicon';
import { folderHashes } from './helpers';

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-synth-bad-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const base = { pack: 'ase', utterances: 8, seed: 3, workers: 1, writePose: true, shardSize: 4 };

describe('cli synth refuses bad input clearly and corrupts nothing', () => {
  it('a pack with no lexicon names the pack and what would do', async () => {
    const pack = path.join(tmp, 'empty-pack');
    fs.mkdirSync(pack);
    // A pack that only configures something else (every pack lists at least one file).
    const config = '{"note":"no signs here"}\n';
    fs.writeFileSync(path.join(pack, 'config.json'), config);
    fs.writeFileSync(
      path.join(pack, 'manifest.json'),
      JSON.stringify({
        schema: 1,
        id: 'empty',
        name: 'Empty',
        signLanguage: 'ase',
        spokenLanguage: 'en-US',
        version: '0.0.1',
        license: 'CC0-1.0',
        attribution: 'test',
        commercialUse: true,
        loadByDefault: false,
        capabilities: ['slp'],
        description: 'no lexicon',
        files: [
          {
            path: 'config.json',
            role: 'config',
            sha256: crypto.createHash('sha256').update(config).digest('hex'),
            bytes: Buffer.byteLength(config),
          },
        ],
      }),
    );
    await expect(runSynth({ ...base, pack, outDir: path.join(tmp, 'a') })).rejects.toThrow(
      /pack empty has no lexicon.*--pack ase/,
    );
  });

  it('a gloss with no sign names the gloss and the pack', () => {
    const r = new UtteranceRenderer(new SignLexicon('tiny', []), NO_NOISE);
    expect(() =>
      r.render({
        glosses: ['NOSUCHSIGN1'],
        nonManual: [],
        profile: makeProfile(1, 0),
        seed: 1,
        index: 5,
      }),
    ).toThrow(/utterance 5: gloss "NOSUCHSIGN1" has no sign in pack tiny/);
  });

  it('an unwritable folder says so', async () => {
    const file = path.join(tmp, 'a-file');
    fs.writeFileSync(file, 'x');
    await expect(runSynth({ ...base, outDir: path.join(file, 'corpus') })).rejects.toThrow(
      /cannot write the corpus to .*a-file.*give a folder you can write to/,
    );
  });

  it('a folder that is not a corpus is left alone', async () => {
    const dir = path.join(tmp, 'mine');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'keep me');
    await expect(runSynth({ ...base, outDir: dir })).rejects.toThrow(
      /not empty and is not a corpus/,
    );
    expect(fs.readFileSync(path.join(dir, 'notes.txt'), 'utf8')).toBe('keep me');
  });

  it('other settings on an existing corpus are refused, naming what differs', async () => {
    const dir = path.join(tmp, 'c');
    await runSynth({ ...base, outDir: dir });
    const before = folderHashes(dir);
    await expect(runSynth({ ...base, seed: 4, outDir: dir })).rejects.toThrow(/seed differ/);
    expect(folderHashes(dir)).toEqual(before);
  }, 120_000);

  it('a full disk fails with a clear error, keeps complete shards and resumes', async () => {
    const mnt = path.join(tmp, 'small');
    fs.mkdirSync(mnt);
    const m = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', mnt]);
    if (m.status !== 0) {
      console.warn(
        `full-disk test skipped: cannot mount a small tmpfs (${m.stderr?.toString().trim()})`,
      );
      return;
    }
    try {
      const dir = path.join(mnt, 'corpus');
      const opts = { ...base, utterances: 24, outDir: dir };
      await expect(runSynth(opts)).rejects.toThrow(/ENOSPC|disk is full/);
      const shards = fs.readdirSync(path.join(dir, 'shards'));
      const complete = shards.filter((f) => f.endsWith('.jsonl'));
      // Every complete shard is whole: its data file is there with the size its records say.
      for (const j of complete) expect(shards).toContain(j.replace('.jsonl', '.f16'));
      // Free the space (move what was written to a bigger disk) and finish there.
      const moved = path.join(tmp, 'moved');
      fs.cpSync(dir, moved, { recursive: true });
      const done = await runSynth({ ...opts, outDir: moved });
      expect(done.resumedShards).toBe(complete.length);
      const fresh = path.join(tmp, 'fresh');
      await runSynth({ ...opts, outDir: fresh });
      expect(folderHashes(moved)).toEqual(folderHashes(fresh));
    } finally {
      spawnSync('umount', [mnt]);
    }
  }, 180_000);
});
