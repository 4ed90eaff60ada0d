import { WINDOW_FRAMES, WINDOW_FPS, type TwoSampleResult } from '../../../shared/synth/measure';
import type { WrittenPlots } from './plots';
import { MEASURES, type MeasureName, type SourceFigures } from './source-figures';

/** The issue's bar for the two-sample test: a classifier should not do better than this. */
export const AUC_TARGET = 0.75;

const f3 = (v: number): string => (Number.isFinite(v) ? v.toPrecision(3) : '—');

export interface MarkdownInput {
  date: string;
  corpusDir: string;
  realDir: string;
  synthetic: SourceFigures;
  real: SourceFigures;
  twoSample: TwoSampleResult | undefined;
  twoSampleParts?: { handShape: TwoSampleResult; wristVelocity: TwoSampleResult };
  twoSampleFingerspelling?: TwoSampleResult;
  twoSampleError?: string;
  plots: WrittenPlots;
}

function table(s: SourceFigures, r: SourceFigures): string {
  const rows = (Object.keys(MEASURES) as MeasureName[]).map((k) => {
    const m = MEASURES[k];
    const a = s.summaries[k];
    const b = r.summaries[k];
    return `| ${m.label} | ${m.unit} | ${f3(a.median)} (${f3(a.q25)}…${f3(a.q75)}, n ${a.n}) | ${f3(b.median)} (${f3(b.q25)}…${f3(b.q75)}, n ${b.n}) |`;
  });
  return [
    '| measure | unit | synthetic median (IQR, n) | real median (IQR, n) |',
    '|---|---|---|---|',
    ...rows,
  ].join('\n');
}

export function reportMarkdown(x: MarkdownInput): string {
  const t = x.twoSample;
  const verdict = t
    ? `**AUC ${t.auc.toFixed(3)} ± ${t.aucSd.toFixed(3)}** (mean ± sd over ${t.folds.length} test folds; ` +
      `${t.windows.a} synthetic windows from ${t.recordings.a} recordings, ${t.windows.b} real from ${t.recordings.b}). ` +
      (t.auc <= AUC_TARGET
        ? `Within the target (≤ ${AUC_TARGET}).`
        : `Above the target (≤ ${AUC_TARGET}): a small classifier tells them apart.`)
    : `not computed: ${x.twoSampleError ?? 'no windows'}`;
  const img = (name: string): string => {
    const file = x.plots.files[name];
    return file ? `![${name}](${file})` : '';
  };
  return `# Synthetic corpus realism report

Generated ${x.date} by \`writeRealismReport\` (src/cli/synth/report/). Synthetic: \`${x.corpusDir}\`
(${x.synthetic.recordings} recordings, ${x.synthetic.frames} frames). Real MediaPipe Holistic
recordings: \`${x.realDir}\` (${x.real.recordings} recordings, ${x.real.frames} frames). Only figures
measured on the real files appear here.

Method (as in REALISM.md): per recording the origin is the median shoulder midpoint, the unit the
median shoulder width, y down. Jitter is the residual of a 5-frame cubic Savitzky–Golay smooth
(robust σ); speeds use the smoothed wrist. The dominant hand is the one seen in more frames.

## Two-sample test

Can a classifier tell synthetic hand sequences from real ones? Windows of ${WINDOW_FRAMES} frames at ${WINDOW_FPS} fps of the
dominant hand (20 finger points relative to the wrist in hand sizes, and the wrist velocity in
shoulder widths per second), L2 logistic regression, grouped cross-validation by recording,
classes balanced, AUC by the Mann–Whitney statistic: 0.5 = indistinguishable, 1 = always told apart.

${verdict}
${
  (x.twoSampleFingerspelling
    ? `\nLike for like, the synthetic windows taken only from fingerspelled spans (the real recordings are fingerspelling): **AUC ${x.twoSampleFingerspelling.auc.toFixed(3)} ± ${x.twoSampleFingerspelling.aucSd.toFixed(3)}** (${x.twoSampleFingerspelling.windows.a} synthetic windows from ${x.twoSampleFingerspelling.recordings.a} utterances).\n`
    : '') +
  (x.twoSampleParts
    ? `\nOn part of each window: hand shape alone (finger points relative to the wrist) AUC ${x.twoSampleParts.handShape.auc.toFixed(3)} ± ${x.twoSampleParts.handShape.aucSd.toFixed(3)}; wrist velocity alone ${x.twoSampleParts.wristVelocity.auc.toFixed(3)} ± ${x.twoSampleParts.wristVelocity.aucSd.toFixed(3)}. The part with the higher AUC is what gives the synthetic data away.\n`
    : '')
}
## Distributions

${table(x.synthetic, x.real)}

${x.plots.rasterised ? '' : '_No Chromium was found, so the plots are SVG files only (install chromium to get PNGs)._\n'}
${['skeletons', 'hand-size', 'wrist-speed', 'nose-height', 'fingerspelling-height', 'hand-jitter', 'dropout', 'psd-pose', 'psd-hand', 'psd-face'].map(img).filter(Boolean).join('\n')}
`;
}
