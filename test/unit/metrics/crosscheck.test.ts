/**
 * The TypeScript metrics against the Python reference implementations in training/t2g/metrics.py
 * on random gloss-like corpora (Python writes data and scores, TypeScript recomputes them).
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { corpusBleu, corpusChrf, rougeL, wer } from '../../../src/shared/metrics';
import { ROOT } from '../../helpers/shared';

const PYTHON = process.env.SIGNBRIDGE_TRAINING_PYTHON ?? '/usr/bin/python3';
const probe = spawnSync(PYTHON, ['-c', 'import sys'], { encoding: 'utf8' });
const suite = probe.status === 0 ? describe : describe.skip;

interface Corpus {
  hyps: string[];
  refs: string[];
  scores: Record<string, number>;
}

suite(
  `metrics cross-check with Python${probe.status === 0 ? '' : ` (skipped: ${PYTHON} not found)`}`,
  () => {
    it('agrees to 1e-9 on random corpora', () => {
      const r = spawnSync(
        PYTHON,
        ['-m', 'training.t2g.metrics_random', '--corpora', '20', '--seed', '7'],
        {
          cwd: ROOT,
          encoding: 'utf8',
        },
      );
      expect(r.status, r.stderr).toBe(0);
      const corpora = JSON.parse(r.stdout) as Corpus[];
      expect(corpora.length).toBe(20);
      for (const c of corpora) {
        const ts: Record<string, number> = {
          bleu1: corpusBleu(c.hyps, c.refs, { maxOrder: 1 }),
          bleu2: corpusBleu(c.hyps, c.refs, { maxOrder: 2 }),
          bleu3: corpusBleu(c.hyps, c.refs, { maxOrder: 3 }),
          bleu4: corpusBleu(c.hyps, c.refs, { maxOrder: 4 }),
          rougeL: rougeL(c.hyps, c.refs),
          chrf: corpusChrf(c.hyps, c.refs),
          wer: wer(c.hyps, c.refs),
        };
        for (const [k, v] of Object.entries(c.scores)) expect(ts[k], k).toBeCloseTo(v, 9);
      }
    });
  },
);
