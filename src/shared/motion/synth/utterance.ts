import type { SignSpec } from '../../sigml/spec';
import type { TimelineEntry } from '../clip';
import { distance3 } from '../math';
import type { NonManualSpan } from '../../text/result';
import { idleBlinks, spanEffects, type NmEffect } from '../nonmanual';
import {
  makeContext,
  NEUTRAL_STYLE,
  planSign,
  type Posture,
  type Segment,
  type SignPlan,
  type SigningStyle,
} from '../plan';
import { SIDES, type Side } from '../rig';
import type { Skeleton } from '../skeleton';
import { estimateWrist } from './estimate';
import { idlePosture, restPosture } from './rest';

/** One item of an utterance: a sign, or a fingerspelled word given as its letters' specs. */
export interface UtteranceItem {
  readonly gloss: string;
  readonly spec?: SignSpec;
  readonly letters?: readonly SignSpec[];
  /** Where the item came from (a lexicon id, "fingerspelling"…): copied to the timeline. */
  readonly source: string;
}

/** Everything the sampler needs: per-hand segments on the clip's timeline, effects, signs. */
export interface Utterance {
  readonly duration: number;
  readonly tracks: Readonly<Record<Side, Segment[]>>;
  readonly effects: NmEffect[];
  readonly timeline: TimelineEntry[];
}

/**
 * How one signer differs from the lexicon's citation forms (the synthetic corpus draws these per
 * signer and per utterance; the app uses none of them).
 */
export interface UtteranceVariation {
  readonly style?: SigningStyle;
  /** Per item, a factor on the sign's own duration (per-sign timing jitter); default 1. */
  readonly signScale?: readonly number[];
  /** Factor on the transitions between signs: below 1 coarticulates (shorter, blended). */
  readonly transitionScale?: number;
  /** Factor on the strength of non-manual markers (brows, head): signers differ. */
  readonly nonManualGain?: number;
}

/** Timing of the utterance at speed 1, seconds. */
export const UTTERANCE_TIMING = {
  leadIn: 0.2,
  leadOut: 0.25,
  /** From the rest pose to the first sign and back. */
  fromRest: { base: 0.3, perMetre: 0.5, min: 0.4, max: 0.65 },
  toRest: 0.5,
  /** Between signs: a base plus a time per metre the hands travel (Fitts-like). */
  between: { base: 0.08, perMetre: 0.4, min: 0.12, max: 0.35 },
  /** Between letters of a fingerspelled word. */
  betweenLetters: { base: 0.08, perMetre: 0.3, min: 0.1, max: 0.2 },
  /** Each static letter is held this long; letters with movement (J, Z) run at this fraction. */
  letterHold: 0.22,
  /**
   * A one-letter word (a letter spelled on its own) is held this long: a letter shown alone is
   * held about a second (the ../shared fingerspelling recordings: ~1 s clips, letter held
   * throughout), not the 0.22 s of a letter inside a word. Speed and timing jitter vary it.
   */
  heldLetter: 1.0,
  letterMovementScale: 0.75,
  /** An idle hand stays up if it is off for less than this between two signs that use it. */
  keepUpGap: 0.8,
  idleMove: 0.4,
} as const;

type Range = { base: number; perMetre: number; min: number; max: number };
const within = (r: Range, d: number): number =>
  Math.min(r.max, Math.max(r.min, r.base + r.perMetre * d));

function scalePlan(plan: SignPlan, k: number): SignPlan {
  if (k === 1) return plan;
  const tracks = { left: null, right: null } as Record<Side, SignPlan['tracks'][Side]>;
  for (const side of SIDES) {
    const tr = plan.tracks[side];
    tracks[side] = tr
      ? { side, segments: tr.segments.map((s) => ({ ...s, t0: s.t0 * k, t1: s.t1 * k })) }
      : null;
  }
  return {
    gloss: plan.gloss,
    duration: plan.duration * k,
    tracks,
    effects: plan.effects.map((e) => ({ ...e, t0: e.t0 * k, t1: e.t1 * k })),
  };
}

interface Piece {
  readonly plan: SignPlan;
  readonly letter: boolean;
  readonly firstLetter: boolean;
  readonly item: number;
}

/**
 * Lays the items out in time: rest pose, a transition into each sign, the sign, … and back to
 * rest; fingerspelled words letter by letter with a short hold on each; idle hands wait low.
 */
export function buildUtterance(
  items: readonly UtteranceItem[],
  sk: Skeleton,
  speed: number,
  spans: readonly NonManualSpan[] = [],
  variation: UtteranceVariation = {},
): Utterance {
  const style = variation.style ?? NEUTRAL_STYLE;
  const ctx = makeContext(sk, 'right', false, style);
  const spellCtx = makeContext(sk, 'right', true, style);
  const transitionScale = variation.transitionScale ?? 1;
  const signScale = (i: number): number => variation.signScale?.[i] ?? 1;
  const T = UTTERANCE_TIMING;
  const pieces: Piece[] = [];
  items.forEach((item, i) => {
    if (item.letters && item.letters.length > 0) {
      const hold = item.letters.length === 1 ? T.heldLetter : T.letterHold;
      item.letters.forEach((l, j) => {
        const plan = planSign(spellCtx, l);
        const moving = plan.duration > 0.55;
        const k = (moving ? T.letterMovementScale : hold / plan.duration) * signScale(i);
        pieces.push({ plan: scalePlan(plan, k), letter: true, firstLetter: j === 0, item: i });
      });
    } else if (item.spec) {
      const plan = scalePlan(planSign(ctx, item.spec), signScale(i));
      pieces.push({ plan, letter: false, firstLetter: false, item: i });
    } else {
      throw new RangeError(
        `utterance item ${i} ("${item.gloss}") has neither a spec nor letters; give one of them`,
      );
    }
  });

  const tracks: Record<Side, Segment[]> = { left: [], right: [] };
  const current: Record<Side, Posture> = {
    left: restPosture(ctx, 'left'),
    right: restPosture(ctx, 'right'),
  };
  const rest = { ...current };
  const effects: NmEffect[] = [];
  const starts: number[] = new Array<number>(items.length).fill(-1);
  const ends: number[] = new Array<number>(items.length).fill(0);
  /** Per item, when the hands reach its first posture (the end of the transition into it). */
  const arrivals: number[] = new Array<number>(items.length).fill(-1);
  let t = T.leadIn;
  const seg = (side: Side, to: Posture, t0: number, t1: number): void => {
    tracks[side].push({
      t0,
      t1,
      from: current[side],
      to,
      ease: 'minimumJerk',
      path: null,
      wrist: null,
      fingerPlay: null,
      reversed: false,
    });
    current[side] = to;
  };
  for (const side of SIDES) seg(side, current[side], 0, t);

  pieces.forEach((piece, k) => {
    const plan = piece.plan;
    const targets: Record<Side, Posture> = { ...current };
    const uses = (p: Piece | undefined, side: Side): boolean => !!p && p.plan.tracks[side] !== null;
    for (const side of SIDES) {
      const tr = plan.tracks[side];
      if (tr && tr.segments[0]) targets[side] = tr.segments[0].from;
      else {
        const keepUp =
          uses(pieces[k - 1], side) && uses(pieces[k + 1], side) && plan.duration < T.keepUpGap;
        targets[side] = keepUp ? current[side] : idlePosture(ctx, side);
      }
    }
    let dist = 0;
    for (const side of SIDES) {
      const other = side === 'left' ? 'right' : 'left';
      const a = estimateWrist(ctx, side, current[side], current[other]);
      const b = estimateWrist(ctx, side, targets[side], targets[other]);
      dist = Math.max(dist, distance3(a, b));
    }
    const fromRest = k === 0;
    const trans =
      (fromRest
        ? within(T.fromRest, dist)
        : piece.letter && !piece.firstLetter
          ? within(T.betweenLetters, dist)
          : within(T.between, dist)) * (fromRest ? 1 : transitionScale);
    if (starts[piece.item]! < 0) starts[piece.item] = t;
    for (const side of SIDES) seg(side, targets[side], t, t + trans);
    t += trans;
    if (arrivals[piece.item]! < 0) arrivals[piece.item] = t;
    for (const side of SIDES) {
      const tr = plan.tracks[side];
      if (tr) {
        for (const s of tr.segments) tracks[side].push({ ...s, t0: s.t0 + t, t1: s.t1 + t });
        const last = tr.segments[tr.segments.length - 1];
        if (last) current[side] = last.to;
      } else {
        seg(side, current[side], t, t + plan.duration);
      }
    }
    for (const e of plan.effects) effects.push({ ...e, t0: e.t0 + t, t1: e.t1 + t });
    t += plan.duration;
    ends[piece.item] = t;
  });
  for (const side of SIDES) seg(side, rest[side], t, t + T.toRest);
  t += T.toRest;
  for (const side of SIDES) seg(side, rest[side], t, t + T.leadOut);
  t += T.leadOut;

  // Speed: every planned time scales; blinks are added afterwards at their natural rate.
  const k = 1 / speed;
  for (const side of SIDES) {
    for (const s of tracks[side]) {
      s.t0 *= k;
      s.t1 *= k;
    }
  }
  const scaled: NmEffect[] = effects.map((e) => ({ ...e, t0: e.t0 * k, t1: e.t1 * k }));
  const timeline: TimelineEntry[] = items.map((item, i) => ({
    gloss: item.gloss,
    start: Math.max(0, starts[i]!) * k,
    arrival: Math.max(0, arrivals[i]!) * k,
    end: ends[i]! * k,
    source: item.source,
  }));
  for (const span of spans) {
    const first = timeline[span.start];
    const last = timeline[Math.min(span.end, timeline.length) - 1];
    if (!first || !last || span.end <= span.start) {
      throw new RangeError(
        `non-manual span ${span.type} over signs [${span.start}, ${span.end}) is outside the ${timeline.length} signs of the utterance`,
      );
    }
    scaled.push(...spanEffects(span.type, first.start, last.end, variation.nonManualGain));
  }
  const duration = t * k;
  scaled.push(...idleBlinks(duration));
  return { duration, tracks, effects: scaled, timeline };
}
