import fs from 'node:fs/promises';
import path from 'node:path';
import {
  WINDOW_SHAPE_FEATURES,
  twoSampleAuc,
  type TwoSampleResult,
  type WindowGroup,
} from '../../../shared/synth/measure';
import { Rng } from '../../../shared/synth/rng';
import { fingerspellingSpans } from './corpus-spans';
import { reportMarkdown } from './markdown';
import { writePlots } from './plots';
import { readPoseFolder } from './read-poses';
import { writeSkeletonFigure } from './skeletons';

const SKELETON_FIGURE = 'report-skeletons.png';
import { measureSource, type SourceFigures } from './source-figures';

export interface RealismReportOptions {
  /** A corpus folder (its pose/ subfolder is read) or any folder of Holistic .pose files. */
  corpusDir: string;
  /** Real MediaPipe Holistic recordings, read recursively. */
  realDir: string;
  /** report.md path; the plots are written beside it. */
  out: string;
  /** At most this many synthetic utterances (default 400), in file-name order. */
  maxUtterances?: number;
  /** Seed of the cross-validation folds (default 1). */
  seed?: number;
  /**
   * Real recordings to draw beside synthetic skeletons (default: realDir). A figure committed to
   * the repository must use recordings whose licence allows it (e.g. ../shared/fixtures/pose).
   */
  skeletonsRealDir?: string;
}

export interface ReportFigures {
  synthetic: SourceFigures;
  real: SourceFigures;
  twoSample: TwoSampleResult | null;
  /**
   * Like for like: synthetic windows from fingerspelled spans only against the real (fingerspelling)
   * recordings; null when the corpus has too few fingerspelled spans.
   */
  twoSampleFingerspelling: TwoSampleResult | null;
  /** The same test on part of each window: what tells the sources apart. */
  twoSampleParts: { handShape: TwoSampleResult; wristVelocity: TwoSampleResult } | null;
  /** Plot name → file beside the report. */
  plots: Record<string, string>;
  /** False when no Chromium was found and the plots are SVG only. */
  rasterised: boolean;
}

const DEFAULT_MAX_UTTERANCES = 400;

async function syntheticFolder(corpusDir: string): Promise<string> {
  const poseDir = path.join(corpusDir, 'pose');
  try {
    if ((await fs.stat(poseDir)).isDirectory()) return poseDir;
  } catch {
    // Not a corpus: a plain folder of .pose files.
  }
  return corpusDir;
}

/**
 * The synthetic-vs-real realism report (issue 11): distributions of body proportions, hand size,
 * wrist speed, jitter and dropouts, jitter spectra, and a classifier two-sample test, written as
 * report.md with plots beside it. Returns the figures it wrote.
 */
export async function writeRealismReport(opts: RealismReportOptions): Promise<ReportFigures> {
  const max = opts.maxUtterances ?? DEFAULT_MAX_UTTERANCES;
  const synthetic = await readPoseFolder(await syntheticFolder(opts.corpusDir), max);
  const real = await readPoseFolder(opts.realDir);
  const spans = await fingerspellingSpans(opts.corpusDir);
  // The real set is fingerspelling clips; a corpus without records is measured as a whole.
  const s = measureSource(synthetic.recordings, spans, false);
  const r = measureSource(real.recordings, new Map(), true);

  let twoSample: TwoSampleResult | null = null;
  let twoSampleParts: ReportFigures['twoSampleParts'] = null;
  let twoSampleError: string | undefined;
  let twoSampleFingerspelling: TwoSampleResult | null = null;
  try {
    twoSampleFingerspelling = twoSampleAuc(
      s.fingerspelledWindows,
      r.fingerspelledWindows,
      new Rng(opts.seed ?? 1),
    );
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
  }
  const seed = opts.seed ?? 1;
  const part = (g: readonly WindowGroup[], a: number, b?: number): WindowGroup[] =>
    g.map((w) => w.map((row) => row.subarray(a, b)));
  try {
    twoSample = twoSampleAuc(s.windows, r.windows, new Rng(seed));
    twoSampleParts = {
      handShape: twoSampleAuc(
        part(s.windows, 0, WINDOW_SHAPE_FEATURES),
        part(r.windows, 0, WINDOW_SHAPE_FEATURES),
        new Rng(seed),
      ),
      wristVelocity: twoSampleAuc(
        part(s.windows, WINDOW_SHAPE_FEATURES),
        part(r.windows, WINDOW_SHAPE_FEATURES),
        new Rng(seed),
      ),
    };
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    twoSampleError = e.message;
  }

  const outDir = path.dirname(path.resolve(opts.out));
  await fs.mkdir(outDir, { recursive: true });
  const plots = await writePlots(outDir, s, r);
  const skeletonReal =
    opts.skeletonsRealDir === undefined ? real : await readPoseFolder(opts.skeletonsRealDir);
  if (
    synthetic.recordings.length > 0 &&
    skeletonReal.recordings.length > 0 &&
    (await writeSkeletonFigure(
      synthetic.recordings,
      skeletonReal.recordings,
      path.join(outDir, SKELETON_FIGURE),
    ))
  )
    plots.files.skeletons = SKELETON_FIGURE;
  const markdown = reportMarkdown({
    date: new Date().toISOString().slice(0, 10),
    corpusDir: opts.corpusDir,
    realDir: opts.realDir,
    synthetic: s.figures,
    real: r.figures,
    twoSample: twoSample ?? undefined,
    twoSampleParts: twoSampleParts ?? undefined,
    twoSampleFingerspelling: twoSampleFingerspelling ?? undefined,
    twoSampleError,
    plots,
  });
  await fs.writeFile(opts.out, markdown);
  return {
    synthetic: s.figures,
    real: r.figures,
    twoSample,
    twoSampleFingerspelling,
    twoSampleParts,
    plots: plots.files,
    rasterised: plots.rasterised,
  };
}
