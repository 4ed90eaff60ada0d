import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openSigner } from '../../../src/cli/slp-session';
import { writeRealismReport, type ReportFigures } from '../../../src/cli/synth/report/report';
import { defaultAvatarPath } from '../../../src/main/slp/avatar-file';
import { readMotionSkeleton } from '../../../src/shared/avatar';
import { clipToPoseFile } from '../../../src/shared/motion/fk/pose-file';
import { describeShared, sharedPath } from '../../helpers/shared';

/** A tiny synthetic "corpus": a few avatar utterances made the way `slp --out x.pose` makes them. */
const UTTERANCES = ['fs-JOHN', 'HELLO MY NAME fs-ANNA', 'fs-MARY', 'fs-PETER'];

describeShared('synth report against real fingerspelling', ['data/fingerspelling'], () => {
  let dir: string;
  let figures: ReportFigures;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'synth-report-'));
    const poseDir = path.join(dir, 'corpus', 'pose');
    fs.mkdirSync(poseDir, { recursive: true });
    const avatar = defaultAvatarPath();
    const signer = await openSigner({ pack: 'ase', avatar, withT2g: false });
    const skeleton = readMotionSkeleton(fs.readFileSync(avatar), path.basename(avatar));
    UTTERANCES.forEach((g, i) => {
      const clip = signer.glosses(g.split(' ')).clip;
      if (!clip) throw new Error(`the ase pack signed nothing for "${g}"`);
      fs.writeFileSync(path.join(poseDir, `u${i}.pose`), clipToPoseFile(clip, skeleton));
    });
    figures = await writeRealismReport({
      corpusDir: path.join(dir, 'corpus'),
      realDir: sharedPath('data/fingerspelling'),
      out: path.join(dir, 'out', 'report.md'),
    });
  }, 120_000);

  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('measures both sources with finite figures', () => {
    expect(figures.synthetic.recordings).toBe(UTTERANCES.length);
    expect(figures.real.recordings).toBeGreaterThan(20);
    for (const src of [figures.synthetic, figures.real]) {
      for (const k of [
        'noseHeight',
        'handSize',
        'wristSpeed',
        'jitterHand',
        'shoulderOverEars',
      ] as const) {
        expect(Number.isFinite(src.summaries[k].median), k).toBe(true);
      }
      expect(src.spectra.hand.power.some(Number.isFinite)).toBe(true);
    }
    // The real signers' nose sits about 0.6 shoulder widths above the shoulder line (REALISM.md).
    expect(figures.real.summaries.noseHeight.median).toBeLessThan(-0.4);
    expect(figures.real.summaries.noseHeight.median).toBeGreaterThan(-0.8);
  });

  it('runs the two-sample test', () => {
    const t = figures.twoSample;
    expect(t).not.toBeNull();
    expect(t!.auc).toBeGreaterThanOrEqual(0);
    expect(t!.auc).toBeLessThanOrEqual(1);
    expect(Number.isFinite(t!.aucSd)).toBe(true);
    expect(t!.recordings.a).toBeGreaterThanOrEqual(2);
  });

  it('writes report.md and every plot beside it', () => {
    const out = path.join(dir, 'out');
    const md = fs.readFileSync(path.join(out, 'report.md'), 'utf8');
    expect(md).toContain('Two-sample test');
    const files = Object.values(figures.plots);
    expect(files.length).toBeGreaterThanOrEqual(9);
    for (const f of files) {
      expect(fs.statSync(path.join(out, f)).size, f).toBeGreaterThan(1000);
      expect(md).toContain(f);
    }
    if (figures.rasterised) {
      const png = fs.readFileSync(path.join(out, figures.plots['hand-size']!));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
    }
  });
});
