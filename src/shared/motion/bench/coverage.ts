/**
 * Lexicon coverage: the share of a SiGML lexicon's non-empty signs that motion animates (for
 * `bench -- coverage`). A sign counts as animated when the parser understood it (elements out of
 * place degrade with a warning; see sigml/hamnosys/degrade.ts), motion supports every element,
 * and synthesis turns it into a clip without throwing.
 */
import type { ParseResult } from '../../sigml/result';
import { isAnimatable } from '../animatable';
import type { Skeleton } from '../skeleton';
import { synthesize } from '../synth';

export interface Coverage {
  /** Signs with a manual part (an empty <hamgestural_sign> or no symbols is not a sign to animate). */
  readonly nonEmpty: number;
  readonly animated: number;
  /** Animated signs that needed a degradation (a warning naming the element). */
  readonly degraded: number;
  /** Glosses of the signs not animated, with the first reason, at most `maxListed`. */
  readonly failures: readonly { gloss: string; reason: string }[];
}

const MAX_LISTED = 20;
/** A low rate keeps synthesizing every sign of a large lexicon quick: only success matters. */
const COVERAGE_FPS = 10;

export function lexiconCoverage(parsed: ParseResult, skeleton?: Skeleton): Coverage {
  let nonEmpty = 0;
  let animated = 0;
  let degraded = 0;
  const failures: { gloss: string; reason: string }[] = [];
  const fail = (gloss: string, reason: string): void => {
    if (failures.length < MAX_LISTED) failures.push({ gloss, reason });
  };
  for (const sign of parsed.signs) {
    if (!sign.spec.manual || sign.spec.manual.symbols.length === 0) continue;
    nonEmpty++;
    if (!sign.understood) {
      const d = sign.diagnostics.find((x) => x.severity === 'error');
      fail(sign.gloss, d?.message ?? 'not understood');
      continue;
    }
    const a = isAnimatable(sign.spec);
    if (!a.ok) {
      fail(sign.gloss, `unsupported: ${a.unsupported.join(', ')}`);
      continue;
    }
    try {
      const item = { gloss: sign.gloss, spec: sign.spec, source: 'coverage' };
      synthesize([item], { fps: COVERAGE_FPS, ...(skeleton ? { skeleton } : {}) });
    } catch (e) {
      fail(sign.gloss, `synthesis failed: ${e instanceof Error ? e.message : String(e)}`);
      continue;
    }
    animated++;
    if (sign.diagnostics.some((d) => d.code === 'degraded-symbol')) degraded++;
  }
  return { nonEmpty, animated, degraded, failures };
}
