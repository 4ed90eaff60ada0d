/**
 * The TypeScript BLEU and chrF against sacreBLEU itself (the field's reference, run in the set-up
 * venv through training/t2g/sacrebleu_check.py), not against the Python copy of the same logic:
 * the two shared a chrF defect, so checking one against the other hid it. Random corpora (short
 * and long sentences, empty hypotheses, references under chrF's 6 characters, punctuation,
 * Unicode, odd whitespace, 1-3 references), the PHOENIX dev set, and the values sacreBLEU
 * publishes in its README. Skips without the venv, except under CI where set-up provides it.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  SACREBLEU_VERSION,
  SIGNATURE_VERSION,
  bleuSignature,
  bleuStatsMulti,
  chrfSignature,
  corpusBleu,
  corpusBleuMulti,
  corpusChrf,
  corpusChrfMulti,
  refCount,
  removeWhitespace,
  splitWhitespace,
  stripWhitespaceEnd,
} from '../../../src/shared/metrics';
import { mulberry32 } from '../../helpers/prng';
import { ROOT, describeShared, sharedPath } from '../../helpers/shared';

const PYTHON = process.env.SIGNBRIDGE_PYTHON ?? path.join(ROOT, '.venv', 'bin', 'python');
const RANDOM_CORPORA = 300;
const SEED = 2;
/** BLEU is on a 0-100 scale; the two sides differ only in exp's and log's last bit. */
const TOLERANCE = 1e-9;
/** sacrebleu_check's JSON for hundreds of corpora; spawnSync's default 1 MiB is too small. */
const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;
/** Python's start and sacreBLEU's scoring, on a busy machine. */
const PYTHON_TIMEOUT_MS = 120_000;
const PHOENIX_DEV = [
  'data/phoenix14t/phoenix2014T.dev.gloss',
  'data/phoenix14t/phoenix2014T.dev.de',
];

interface Scored {
  hyps: string[];
  refs: string[][];
  scores: Record<string, number | string>;
}

const probe = spawnSync(PYTHON, ['-c', 'import sacrebleu; print(sacrebleu.__version__)'], {
  encoding: 'utf8',
});
const available = probe.status === 0;
const why = `${PYTHON} cannot import sacrebleu (run \`npm run setup\` to build .venv)`;
const suite = available || process.env.CI ? describe : describe.skip;

function sacrebleu(args: string[], input?: string): Scored[] {
  expect(available, why).toBe(true);
  const r = spawnSync(PYTHON, ['-m', 'training.t2g.sacrebleu_check', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    maxBuffer: MAX_OUTPUT_BYTES,
  });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Scored[];
}

/** Every metric we compute for the corpus, keyed as sacrebleu_check names its scores. */
function ours(c: Scored): Record<string, number> {
  const out: Record<string, number> = { chrf: corpusChrfMulti(c.hyps, c.refs) };
  for (let n = 1; n <= 4; n++) out[`bleu${n}`] = corpusBleuMulti(c.hyps, c.refs, n);
  if (c.refs.every((r) => r.length === 1)) {
    // The single-reference functions (eval t2g) must agree as well.
    const refs = c.refs.map((r) => r[0] ?? '');
    out.chrfSingle = corpusChrf(c.hyps, refs);
    for (let n = 1; n <= 4; n++) out[`bleu${n}Single`] = corpusBleu(c.hyps, refs, { maxOrder: n });
  }
  return out;
}

/**
 * "corpus i: metric ours vs sacrebleu" for every score that differs: chrF uses only + − × ÷ in
 * sacreBLEU's order, so it must be bit for bit equal; BLEU goes through exp and log, whose last
 * bit differs between V8 and C's libm, so it gets the tolerance.
 */
function differences(corpora: readonly Scored[]): string[] {
  const bad: string[] = [];
  corpora.forEach((c, i) => {
    for (const [k, v] of Object.entries(ours(c))) {
      const ref = c.scores[k.replace('Single', '')];
      const allowed = k.startsWith('chrf') ? 0 : TOLERANCE;
      if (typeof ref !== 'number' || !(Math.abs(v - ref) <= allowed))
        bad.push(`corpus ${i}: ${k} ${v} vs sacrebleu ${String(ref)}`);
    }
  });
  return bad;
}

function expectNone(bad: readonly string[], corpora: readonly Scored[]): void {
  const off = [...new Set(bad.map((b) => Number(b.split(/[ :]/)[1])))];
  const first = off[0] === undefined ? '' : JSON.stringify(corpora[off[0]]);
  expect(
    bad.length,
    `${off.length} of ${corpora.length} corpora differ from sacrebleu:\n${bad.slice(0, 8).join('\n')}\nfirst: ${first}`,
  ).toBe(0);
}

suite(`BLEU and chrF against sacreBLEU${available ? '' : ` (skipped: ${why})`}`, () => {
  it(
    `equal sacrebleu on ${RANDOM_CORPORA} random corpora (chrF exactly, BLEU to ${TOLERANCE})`,
    () => {
      const corpora = sacrebleu(['--corpora', String(RANDOM_CORPORA), '--seed', String(SEED)]);
      expect(corpora.length).toBe(RANDOM_CORPORA);
      expectNone(differences(corpora), corpora);
    },
    PYTHON_TIMEOUT_MS,
  );

  it(
    "print sacreBLEU's own signature for the way they score",
    () => {
      const corpora = sacrebleu(['--corpora', '40', '--seed', String(SEED)]);
      expect(probe.stdout.trim(), 'training/requirements.txt pins this sacrebleu').toBe(
        SACREBLEU_VERSION,
      );
      const ourVersion = (sig: unknown) =>
        String(sig).replace(/\|version:[^|]*$/, `|version:${SIGNATURE_VERSION}`);
      expect(corpora.some((c) => refCount(c.refs) === 'var')).toBe(true);
      for (const c of corpora) {
        expect(bleuSignature(refCount(c.refs))).toBe(ourVersion(c.scores.bleuSignature));
        expect(chrfSignature(refCount(c.refs))).toBe(ourVersion(c.scores.chrfSignature));
      }
    },
    PYTHON_TIMEOUT_MS,
  );

  it(
    "split and remove exactly Python's whitespace, as sacreBLEU does",
    () => {
      const r = spawnSync(
        PYTHON,
        [
          '-c',
          'import sys; print(*[c for c in range(sys.maxunicode + 1) if len(("a" + chr(c) + "b").split()) == 2])',
        ],
        { encoding: 'utf8' },
      );
      expect(r.status, r.stderr).toBe(0);
      const python = r.stdout.trim().split(' ').map(Number);
      const js: number[] = [];
      for (let c = 0; c <= 0x10ffff; c++) {
        const ch = String.fromCodePoint(c);
        if (c >= 0xd800 && c < 0xe000) continue; // lone surrogates: not text
        if (splitWhitespace(`a${ch}b`).length === 2) js.push(c);
      }
      expect(js).toEqual(python);
      const spaces = python.map((c) => String.fromCodePoint(c)).join('');
      expect(removeWhitespace(`a${spaces}b`)).toBe('ab');
      expect(stripWhitespaceEnd(`a${spaces}b${spaces}`)).toBe(`a${spaces}b`);
    },
    PYTHON_TIMEOUT_MS,
  );

  it("reproduce the scores sacreBLEU's README publishes", () => {
    // sacrebleu 2.6.0 README ("Using SacreBLEU from Python"). Its BLEU uses the default "exp"
    // smoothing, which equals ours (none) here: every order has matches.
    const sys = ['The dog bit the man.', "It wasn't surprising.", 'The man had just bitten him.'];
    const a = ['The dog bit the man.', 'It was not unexpected.', 'The man bit him first.'];
    const b = ['The dog had bit the man.', 'No one was surprised.', 'The man had bitten the dog.'];
    const refs = sys.map((_, i) => [a[i] ?? '', b[i] ?? '']);
    // BLEU = 48.53 82.4/50.0/45.5/37.5 (BP = 0.943 ratio = 0.944 hyp_len = 17 ref_len = 18)
    expect(corpusBleuMulti(sys, refs).toFixed(2)).toBe('48.53');
    const s = bleuStatsMulti(sys, refs);
    expect(s.correct.map((c, n) => ((100 * c) / (s.total[n] ?? 1)).toFixed(1))).toEqual([
      '82.4',
      '50.0',
      '45.5',
      '37.5',
    ]);
    expect([s.hypLen, s.refLen]).toEqual([17, 18]);
    // chrF2 = 59.73
    expect(corpusChrfMulti(sys, refs).toFixed(2)).toBe('59.73');
    // Variable number of references: the first sentence's first reference is ''.
    // BLEU = 29.44 82.4/42.9/27.3/12.5 (BP = 0.889 ratio = 0.895 hyp_len = 17 ref_len = 19)
    const variable = refs.map((r, i) => (i === 0 ? ['', ...r.slice(1)] : r));
    expect(corpusBleuMulti(sys, variable).toFixed(2)).toBe('29.44');
    expect(bleuStatsMulti(sys, variable).refLen).toBe(19);
  });
});

/** Deterministic stand-in for system output: words dropped, replaced and repeated. */
function degrade(lines: readonly string[], seed: number): string[] {
  const rnd = mulberry32(seed);
  const vocab = [...new Set(lines.flatMap((l) => l.split(' ')))].sort();
  const pick = () => vocab[Math.floor(rnd() * vocab.length)] ?? '';
  return lines.map((l) => {
    const words = l
      .split(' ')
      .filter(() => rnd() > 0.1)
      .map((w) => (rnd() > 0.2 ? w : pick()));
    if (rnd() < 0.3) words.push(pick());
    return words.join(' ');
  });
}

describeShared('BLEU and chrF against sacreBLEU on the PHOENIX-2014T dev set', PHOENIX_DEV, () => {
  it.runIf(available || process.env.CI)(
    'equal sacrebleu on glosses and German text',
    () => {
      const corpora = PHOENIX_DEV.map((f) => {
        const refs = fs.readFileSync(sharedPath(f), 'utf8').split('\n').filter(Boolean);
        return { hyps: degrade(refs, SEED), refs: refs.map((r) => [r]) };
      });
      const scored = sacrebleu(['--stdin'], JSON.stringify(corpora));
      console.log(
        `PHOENIX dev vs sacrebleu: ${scored.map((c, i) => `${PHOENIX_DEV[i]} BLEU-4 ${Number(c.scores.bleu4).toFixed(2)} chrF ${Number(c.scores.chrf).toFixed(2)}`).join('; ')}`,
      );
      expectNone(differences(scored), scored);
    },
    PYTHON_TIMEOUT_MS,
  );
});
