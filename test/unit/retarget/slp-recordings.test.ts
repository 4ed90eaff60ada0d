import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SignLexicon } from '../../../src/shared/lexicon/sign-lexicon';
import { parseRecordingIndexCsv } from '../../../src/shared/lexicon/recordings';
import { clipToPoseFile, DEFAULT_SKELETON, synthesize } from '../../../src/shared/motion';
import { sampleUtterance } from '../../../src/shared/motion/bench';
import { RecordingLibrary } from '../../../src/workers/slp/recordings/library';
import { signWithRecordings } from '../../../src/workers/slp/recordings/utterance';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'recorded-signs-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('slp with recorded signs', () => {
  const specs = sampleUtterance().slice(0, 3);
  const lexicon = new SignLexicon(
    'test',
    specs.map((s) => ({ gloss: s.gloss.toUpperCase(), spec: s })),
  );
  const [a, b, c] = specs.map((s) => s.gloss.toUpperCase());
  // A "recording" of the second sign: the avatar's own FK landmarks, written as a .pose file.
  const recorded = synthesize([{ gloss: b!, spec: specs[1]!, source: 't' }], { fps: 25 });
  fs.writeFileSync(path.join(dir, 'b.pose'), clipToPoseFile(recorded, DEFAULT_SKELETON));
  fs.writeFileSync(path.join(dir, 'c.pose'), new Uint8Array([1, 2, 3]));
  const csv = `path,spoken_language,signed_language,start,end,words,glosses,priority\nb.pose,en,ase,0,0,b,${b},0\nc.pose,en,ase,0,0,c,${c},0\nx.pose,de,gsg,0,0,x,${a},0\n`;

  it('reads an index.csv for one sign language', () => {
    const rows = parseRecordingIndexCsv(csv, 'index.csv', 'ase');
    expect(rows.map((r) => r.gloss)).toEqual([b, c]);
    expect(() => parseRecordingIndexCsv('path,glosses\n', 'idx.csv', 'ase')).toThrow(
      /idx\.csv: no "signed_language" column/,
    );
  });

  it('signs a gloss from its recording and the rest from SiGML, in one clip', () => {
    const lib = new RecordingLibrary();
    lib.add(parseRecordingIndexCsv(csv, 'index.csv', 'ase'), dir);
    const r = signWithRecordings([a!, b!, c!], [], lexicon, lib, { fps: 30 });
    expect(r.unresolved).toEqual([]);
    const clip = r.clip!;
    expect(clip.timeline.map((e) => e.gloss)).toEqual([a, b, c]);
    expect(clip.timeline[1]!.source).toMatch(/^recording .*b\.pose$/);
    expect(clip.timeline[0]!.source).toBe('test');
    // The corrupt recording is reported by file name, and its gloss is signed from SiGML.
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/c\.pose of "[^"]+" cannot be used: .*signed from SiGML instead/);
    expect(clip.timeline[2]!.source).toBe('test');
    for (let i = 1; i < clip.timeline.length; i++)
      expect(clip.timeline[i]!.start).toBeGreaterThanOrEqual(clip.timeline[i - 1]!.end);
    expect(clip.rotations.every((v) => Number.isFinite(v))).toBe(true);
    expect(clip.fps).toBe(30);
  });
});
