/**
 * An utterance where some glosses are recorded signs: runs of SiGML signs are synthesized as
 * usual (their own transitions and non-manual markers), recorded signs are retargeted clips, and
 * joinClips puts transitions between the pieces. Every piece is the engine's Clip type, so the
 * result plays, exports and transitions like any synthesized clip.
 */
import type { SignLexicon, Unresolved } from '../../../shared/lexicon/sign-lexicon';
import {
  allocateClip,
  EXPRESSION_STRIDE,
  retimeEntry,
  ROTATION_STRIDE,
  type Clip,
} from '../../../shared/motion/clip';
import { joinClips, resampleClip } from '../../../shared/motion/retarget';
import { DEFAULT_SKELETON, type Skeleton } from '../../../shared/motion/skeleton';
import { synthesize } from '../../../shared/motion/synth/synthesize';
import { buildUtterance, type UtteranceItem } from '../../../shared/motion/synth/utterance';
import type { NonManualSpan } from '../../../shared/text/result';
import type { RecordingLibrary } from './library';

export interface RecordedUtterance {
  readonly clip: Clip | undefined;
  readonly unresolved: Unresolved[];
  /** Recordings that could not be used (the gloss was signed from SiGML instead). */
  readonly warnings: string[];
}

type Piece = { kind: 'recorded'; clip: Clip } | { kind: 'run'; glosses: string[]; first: number };

/** Frames [from, to) of a clip, its timeline moved by −from. */
function slice(clip: Clip, from: number, to: number): Clip {
  const a = Math.max(0, Math.min(clip.frameCount - 1, from));
  const b = Math.max(a + 1, Math.min(clip.frameCount, to));
  const t0 = a / clip.fps;
  const out = allocateClip(
    clip.fps,
    b - a,
    clip.timeline.map((e) => retimeEntry(e, (t) => Math.max(0, t - t0))),
  );
  out.rotations.set(clip.rotations.subarray(a * ROTATION_STRIDE, b * ROTATION_STRIDE));
  out.expressionWeights.set(
    clip.expressionWeights.subarray(a * EXPRESSION_STRIDE, b * EXPRESSION_STRIDE),
  );
  return out;
}

/** Spans over glosses [first, first + n), re-indexed into the run; spans crossing it are cut. */
function runSpans(spans: readonly NonManualSpan[], first: number, n: number): NonManualSpan[] {
  return spans
    .map((s) => ({
      ...s,
      start: Math.max(s.start, first) - first,
      end: Math.min(s.end, first + n) - first,
    }))
    .filter((s) => s.end > s.start);
}

export function signWithRecordings(
  glosses: readonly string[],
  spans: readonly NonManualSpan[],
  lexicon: SignLexicon,
  recordings: RecordingLibrary,
  opts: { fps: number; skeleton?: Skeleton },
): RecordedUtterance {
  const sk = opts.skeleton ?? DEFAULT_SKELETON;
  const warnings: string[] = [];
  const unresolved: Unresolved[] = [];
  const pieces: Piece[] = [];
  glosses.forEach((g, i) => {
    const rec = recordings.has(g) ? recordings.clip(g, sk) : undefined;
    if (rec instanceof Error) warnings.push(`${rec.message}; signed from SiGML instead`);
    if (rec !== undefined && !(rec instanceof Error)) {
      pieces.push({ kind: 'recorded', clip: resampleClip(rec, opts.fps) });
      return;
    }
    const last = pieces[pieces.length - 1];
    if (last?.kind === 'run') last.glosses.push(g);
    else pieces.push({ kind: 'run', glosses: [g], first: i });
  });
  const clips: Clip[] = [];
  pieces.forEach((p, k) => {
    if (p.kind === 'recorded') {
      clips.push(p.clip);
      return;
    }
    const r = lexicon.resolve(p.glosses);
    unresolved.push(...r.unresolved);
    if (r.items.length === 0) return;
    const items: UtteranceItem[] = r.items;
    const nm = runSpans(spans, p.first, p.glosses.length).filter((s) => s.end <= items.length);
    const clip = synthesize(items, { fps: opts.fps, skeleton: sk, nonManual: nm });
    // Keep the run's own way in from rest only when it opens the utterance, and back only at the end.
    const utt = buildUtterance(items, sk, 1, nm);
    const signStart = utt.tracks.right[1]?.t1 ?? 0;
    const signEnd = clip.timeline[clip.timeline.length - 1]?.end ?? clip.frameCount / opts.fps;
    const from = k === 0 ? 0 : Math.round(signStart * opts.fps);
    const to = k === pieces.length - 1 ? clip.frameCount : Math.round(signEnd * opts.fps) + 1;
    clips.push(slice(clip, from, to));
  });
  if (clips.length === 0) return { clip: undefined, unresolved, warnings };
  // From rest into a recording that opens the utterance, and back to rest after one that ends it.
  const rest = synthesize([], { fps: opts.fps, skeleton: sk });
  if (pieces[0]?.kind === 'recorded') clips.unshift(rest);
  if (pieces[pieces.length - 1]?.kind === 'recorded') clips.push(rest);
  return { clip: joinClips(clips, sk), unresolved, warnings };
}
