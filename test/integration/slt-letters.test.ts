/**
 * `cli eval slt-letters` with a tiny random pack made by the real exporter: it reads every clip of
 * the asked sign language, skips an unreadable .pose file by name instead of aborting, and (with
 * ../shared) reads every real DGS letter clip of the fingerspelling index.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeShared, ROOT, sharedPath } from '../helpers/shared';
import { exportTinyPack, trainingPythonMissing, writeClip } from './slt-pack-fixture';

const missing = trainingPythonMissing();
const GSG_INDEX = 'data/fingerspelling/index.csv';
/** Clips of gsg in the shared index: A–Z, Ä, Ö, Ü, ß. */
const GSG_CLIPS = 30;

interface LettersJson {
  pack: string;
  n: number;
  accuracy: number;
  chance: number;
  missingFromPack: string[];
  skipped: { path: string; error: string }[];
  clips: { path: string; label: string; reading: { letter: string } }[];
}

let tmp = '';
let pack = '';

function evalLetters(index: string, language: string): { json: LettersJson; stderr: string } {
  const r = spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'dist/node/cli.mjs'),
      'eval',
      'slt-letters',
      '--pack',
      pack,
      '--index',
      index,
      '--sign-language',
      language,
      '--json',
    ],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  if (r.status !== 0) throw new Error(`eval slt-letters exited ${r.status}: ${r.stderr}`);
  return { json: JSON.parse(r.stdout) as LettersJson, stderr: r.stderr };
}

describe.skipIf(missing !== '')(`eval slt-letters ${missing}`, () => {
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'slt-letters-'));
    pack = path.join(tmp, 'pack');
    exportTinyPack(pack, 'slt-letters-tiny');
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('reads the clips of the language and skips an unreadable one by name', () => {
    const dir = path.join(tmp, 'clips');
    writeClip(path.join(dir, 'gsg', 'a.pose'));
    writeClip(path.join(dir, 'gsg', 'ae.pose'));
    fs.writeFileSync(path.join(dir, 'gsg', 'broken.pose'), 'not a pose file');
    const index = path.join(dir, 'index.csv');
    fs.writeFileSync(
      index,
      [
        'path,spoken_language,signed_language,start,end,words,glosses,priority',
        'gsg/a.pose,de,gsg,0,0,A,A,0',
        'gsg/ae.pose,de,gsg,0,0,ä,ä,0',
        'gsg/broken.pose,de,gsg,0,0,B,B,0',
        'ase/x.pose,en,ase,0,0,X,X,0',
      ].join('\n'),
    );
    const { json, stderr } = evalLetters(index, 'gsg');
    expect(json.pack).toBe('slt-letters-tiny');
    expect(json.n).toBe(2);
    expect(json.clips.map((c) => c.label)).toEqual(['A', 'Ä']);
    expect(json.chance).toBeCloseTo(1 / 2);
    expect(json.missingFromPack).toEqual(['Ä']);
    expect(json.skipped.map((s) => s.path)).toEqual(['gsg/broken.pose']);
    expect(json.skipped[0]?.error).toMatch(/^\w*Error: /);
    expect(stderr).toContain('skipped gsg/broken.pose');
    for (const c of json.clips) expect(c.reading.letter).toMatch(/^[A-Z]$/);
  });

  describeShared('on the real DGS letters', [GSG_INDEX], () => {
    it('reads every gsg clip of the fingerspelling index', () => {
      const { json } = evalLetters(sharedPath(GSG_INDEX), 'gsg');
      expect(json.skipped).toEqual([]);
      expect(json.n).toBe(GSG_CLIPS);
      expect(json.chance).toBeCloseTo(1 / GSG_CLIPS);
    });
  });
});
