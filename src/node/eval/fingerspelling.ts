/**
 * Synthesized fingerspelling against real people: each letter of a SiGML manual alphabet is signed
 * on an avatar skeleton, its held hand shape described from FK landmarks, and every real recording
 * (a pose-format clip per letter, listed in an index.csv as in spoken-to-signed-translation's
 * dictionary) is identified by its nearest synthesized letter.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Skeleton } from '../../shared/motion';
import { clipToLandmarks, DEFAULT_SKELETON, defaultCamera, synthesize } from '../../shared/motion';
import { activeHand, heldDescriptor, nearestNeighbour } from '../../shared/motion/eval';
import type { Labelled, NearestResult } from '../../shared/motion/eval';
import { decodePose, poseToFrames } from '../../shared/pose-format';
import { parseSigml } from '../../shared/sigml';

const FPS = 30;
/** The held part of a synthesized letter: its last this many seconds. */
const HELD_SECONDS = 0.2;

export interface FingerspellingEval extends NearestResult {
  readonly letters: number;
  /** Real letter → the synthesized letter it was taken for, for each mistake. */
  readonly confusions: Readonly<Record<string, string>>;
  /** 1 / number of letters: what guessing would score. */
  readonly chance: number;
  /** Recordings that could not be read, each with why; the others are scored. */
  readonly skipped: readonly SkippedRecording[];
}

export interface SkippedRecording {
  readonly path: string;
  readonly error: string;
}

export interface FingerspellingEvalOptions {
  readonly sigml: string;
  /** index.csv with columns path, spoken_language, signed_language, start, end, words, … */
  readonly index: string;
  readonly signLanguage: string;
  readonly skeleton?: Skeleton;
}

export function evalFingerspelling(opts: FingerspellingEvalOptions): FingerspellingEval {
  const refs = synthesizedLetters(opts.sigml, opts.skeleton);
  const skipped: SkippedRecording[] = [];
  const queries = realLetters(
    opts.index,
    opts.signLanguage,
    new Set(refs.map((r) => r.label)),
    skipped,
  );
  if (refs.length === 0 || queries.length === 0) {
    throw new Error(
      `nothing to compare: ${refs.length} synthesized letters, ${queries.length} recordings of ${opts.signLanguage} in ${opts.index}`,
    );
  }
  const result = nearestNeighbour(queries, refs);
  const confusions = Object.fromEntries(
    result.matches.filter((m) => m.label !== m.predicted).map((m) => [m.label, m.predicted]),
  );
  return { ...result, letters: refs.length, confusions, chance: 1 / refs.length, skipped };
}

/** The held hand of each letter of an alphabet SiGML, signed on the avatar (FK landmarks). */
export function synthesizedLetters(
  sigml: string,
  skeleton: Skeleton = DEFAULT_SKELETON,
): Labelled[] {
  const camera = defaultCamera(skeleton);
  const refs: Labelled[] = [];
  for (const s of parseSigml(fs.readFileSync(sigml)).signs) {
    if (!s.understood) continue;
    const clip = synthesize([{ gloss: s.gloss, letters: [s.spec], source: 'alphabet' }], {
      fps: FPS,
      skeleton,
    });
    const end = clip.timeline[0]?.end ?? 0;
    const frames = clipToLandmarks(clip, skeleton, { camera }).slice(
      Math.round((end - HELD_SECONDS) * FPS),
      Math.round(end * FPS),
    );
    const d = heldDescriptor(frames, 'rightHand', camera.width / camera.height);
    if (d) refs.push({ label: s.gloss.toUpperCase(), descriptor: d });
  }
  return refs;
}

/**
 * The held hand of each real clip of that sign language whose letter is in `letters`. A clip that
 * cannot be read (missing, a folder, a damaged .pose) is added to `skipped` with its path and why,
 * and the rest are still read: one bad file must not cost the whole evaluation.
 */
export function realLetters(
  index: string,
  signLanguage: string,
  letters: ReadonlySet<string>,
  skipped: SkippedRecording[] = [],
): Labelled[] {
  const rows = fs
    .readFileSync(index, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','));
  const queries: Labelled[] = [];
  for (const r of rows) {
    const label = (r[5] ?? '').toUpperCase();
    // Only letters the synthesized alphabet has (recordings may add Ä, Ö, Ü, ß).
    if (r[2] !== signLanguage || !letters.has(label)) continue;
    const file = path.join(path.dirname(index), r[0] ?? '');
    let pose: ReturnType<typeof decodePose>;
    let frames: ReturnType<typeof poseToFrames>;
    try {
      pose = decodePose(new Uint8Array(fs.readFileSync(file)));
      frames = poseToFrames(pose);
    } catch (e) {
      skipped.push({ path: file, error: e instanceof Error ? e.message : String(e) });
      continue;
    }
    const hand = activeHand(frames);
    const d = heldDescriptor(
      frames,
      hand,
      pose.header.width / pose.header.height,
      hand === 'leftHand',
    );
    if (d) queries.push({ label, descriptor: d });
  }
  return queries;
}
