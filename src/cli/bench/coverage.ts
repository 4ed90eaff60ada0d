/**
 * `bench -- coverage`: the share of non-empty signs motion animates, for every SiGML lexicon in
 * ../shared/data/sigml (absent on a fresh clone: then only the built-in one) and for a synthetic
 * rare-element lexicon no code was tuned on. Target ≥ 98% each (issue 14 item 2).
 */
import fs from 'node:fs';
import path from 'node:path';
import { readMotionSkeleton } from '../../shared/avatar';
import { lexiconCoverage, RARE_LEXICON_NAME, rareLexiconSigml } from '../../shared/motion/bench';
import { parseSigml } from '../../shared/sigml';
import { defaultAvatarPath } from '../../main/slp/avatar-file';
import { appRoot } from '../../node/paths';
import type { BenchResult } from './stats';

const SIGML_DIR = (): string =>
  process.env.SIGNBRIDGE_SHARED_DIR
    ? path.join(process.env.SIGNBRIDGE_SHARED_DIR, 'data', 'sigml')
    : path.resolve(appRoot(), '..', 'shared', 'data', 'sigml');

const pct = (a: number, n: number): number => (n === 0 ? 100 : Number(((100 * a) / n).toFixed(2)));

export async function benchCoverage(): Promise<BenchResult> {
  const file = defaultAvatarPath();
  const skeleton = fs.existsSync(file)
    ? readMotionSkeleton(fs.readFileSync(file), path.basename(file))
    : undefined;
  const dir = SIGML_DIR();
  const lexicons: [string, Uint8Array][] = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.toLowerCase().endsWith('.sigml'))
        .sort()
        .map((f) => [f, fs.readFileSync(path.join(dir, f))])
    : [];
  lexicons.push([RARE_LEXICON_NAME, new TextEncoder().encode(rareLexiconSigml())]);
  const metrics: Record<string, number | string> = {};
  let worst = 100;
  for (const [name, bytes] of lexicons) {
    const c = lexiconCoverage(parseSigml(bytes), skeleton);
    const share = pct(c.animated, c.nonEmpty);
    worst = Math.min(worst, share);
    const key = name.replace(/\.sigml$/i, '').replace(/[^A-Za-z0-9]+/g, '_');
    metrics[`${key}_animated_pct`] = share;
    metrics[`${key}_signs`] = `${c.animated}/${c.nonEmpty} (${c.degraded} degraded)`;
    for (const f of c.failures.slice(0, 3))
      process.stderr.write(`coverage: ${name}: ${f.gloss} not animated: ${f.reason}\n`);
  }
  metrics.lowest_animated_pct = worst;
  return { name: 'coverage', metrics };
}
