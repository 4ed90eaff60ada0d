/**
 * The trained gsg-phoenix pack (models/gsg-phoenix, built on the user's machine: it is trained on
 * CC BY-NC-SA data and never committed) against PyTorch and on the PHOENIX-2014T dev split,
 * read in place from ../shared. Skips with the reason when the pack, the fixture or the data is
 * missing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANIFEST_FILE, ManifestSchema } from '../../../src/shared/modelpack/manifest';
import { Seq2seqRunner, evalT2g, readLines } from '../../../src/workers/slp/seq2seq';
import { ROOT, describeShared, sharedPath } from '../../helpers/shared';
import { checkCase } from './fixtures';
import type { ParityFixture } from './fixtures';

const PACK = path.join(ROOT, 'models', 'gsg-phoenix');
/** Written by `python -m training.t2g.parity --phoenix-dev` (line numbers and outputs, no text). */
const FIXTURE = path.join(ROOT, 'training', 'runs', 'parity-phoenix.json');
const DEV_DE = 'data/phoenix14t/phoenix2014T.dev.de';
const DEV_GLOSS = 'data/phoenix14t/phoenix2014T.dev.gloss';
/** The bar; Stoll et al. (Text2Sign) report 16.34 on dev. */
const MIN_DEV_BLEU4 = 18;

const need = [
  [
    fs.existsSync(path.join(PACK, MANIFEST_FILE)),
    `${PACK} (train: /usr/bin/python3 -m training.t2g.train --out models/gsg-phoenix)`,
  ],
  [fs.existsSync(FIXTURE), `${FIXTURE} (python -m training.t2g.parity --phoenix-dev)`],
] as const;
const missing = need.filter(([ok]) => !ok).map(([, what]) => what);
const suite =
  missing.length === 0
    ? describeShared
    : (name: string, _n: string[], fn: () => void) =>
        describe.skip(`${name} (skipped: ${missing.join(', ')} not found)`, fn);

suite('gsg-phoenix pack', [DEV_DE, DEV_GLOSS], () => {
  let runner: Seq2seqRunner;
  let fx: ParityFixture;
  let dev: string[];

  beforeAll(async () => {
    fx = JSON.parse(fs.readFileSync(FIXTURE, 'utf8')) as ParityFixture;
    dev = readLines(sharedPath(DEV_DE));
    runner = await Seq2seqRunner.open(PACK, { device: 'cpu', threads: 1 });
  });
  afterAll(async () => runner?.dispose());

  it('is marked non-commercial, not loaded by default, and attributed to PHOENIX-2014T', () => {
    const m = ManifestSchema.parse(
      JSON.parse(fs.readFileSync(path.join(PACK, MANIFEST_FILE), 'utf8')),
    );
    expect(m).toMatchObject({
      id: 'gsg-phoenix',
      signLanguage: 'gsg',
      spokenLanguage: 'de',
      license: 'CC-BY-NC-SA-3.0',
      commercialUse: false,
      loadByDefault: false,
      capabilities: ['t2g'],
    });
    expect(m.attribution).toMatch(/PHOENIX-Weather 2014T/);
    expect(m.attribution).toMatch(/Camgöz/);
  });

  it('tokenizes all dev sentences to the same ids as Python', () => {
    expect(fx.source).toBe('phoenix-dev');
    expect(dev.map((s) => runner.pack.tokenizer.encode(s))).toEqual(fx.srcIds);
  });

  it('matches PyTorch on dev sentences: memory and log-probs within 1e-4, greedy and beam equal', async () => {
    expect(fx.cases.length).toBeGreaterThanOrEqual(5);
    const worst = { memory: 0, logprobs: 0 };
    for (const c of fx.cases) {
      const d = await checkCase(runner, fx, c, dev[c.index] ?? '');
      worst.memory = Math.max(worst.memory, d.memory);
      worst.logprobs = Math.max(worst.logprobs, d.logprobs);
    }
    console.log(
      `gsg-phoenix parity over ${fx.cases.length} sentences: max |Δ| memory ${worst.memory.toExponential(2)}, log-probs ${worst.logprobs.toExponential(2)}`,
    );
  });

  it(`scores BLEU-4 ≥ ${MIN_DEV_BLEU4} on dev with the pack's beam settings`, async () => {
    const scores = await evalT2g(PACK, dev, readLines(sharedPath(DEV_GLOSS)), {
      device: 'cpu',
      threads: 1,
    });
    const { hypotheses: _h, ...report } = scores;
    console.log(`gsg-phoenix dev: ${JSON.stringify(report)}`);
    expect(scores.n).toBe(dev.length);
    expect(scores.bleu4).toBeGreaterThanOrEqual(MIN_DEV_BLEU4);
  }, 900_000);
});
