"""metrics.py against sacreBLEU itself, not against the TypeScript copy of the same logic (the two
shared a chrF defect, so checking one against the other hid it). Random corpora come from
training/t2g/sacrebleu_check.py (short and long sentences, empty hypotheses, references shorter
than chrF's 6 characters, punctuation, Unicode and odd whitespace). Needs the set-up venv
(sacrebleu); skips without it, except under CI where set-up provides it.
"""

import os
import random
from pathlib import Path

import pytest

from training.t2g.metrics import corpus_bleu, corpus_chrf

ROOT = Path(__file__).resolve().parents[2]
# Third-party data, read in place (never copied into the repository).
PHOENIX = ROOT.parent / "shared" / "data" / "phoenix14t"
RANDOM_CORPORA = 300
SEED = 1
# Scores are on a 0-100 scale; the two sides differ only by float rounding.
TOLERANCE = 1e-9


def _reference_module():
    try:
        from training.t2g import sacrebleu_check
    except ImportError as e:
        why = f"sacrebleu is not importable ({e}): run `npm run setup` to build .venv"
        if os.environ.get("CI"):
            pytest.fail(f"{why} (CI runs `npm run setup` first, which provides it)")
        pytest.skip(why)
    return sacrebleu_check


def _differences(hyps, refs, ref_scores):
    ours = {f"bleu{n}": corpus_bleu(hyps, refs, n) for n in range(1, 5)}
    ours["chrf"] = corpus_chrf(hyps, refs)
    return {k: (v, ref_scores[k]) for k, v in ours.items() if abs(v - ref_scores[k]) > TOLERANCE}


def test_random_corpora_equal_sacrebleu():
    S = _reference_module()
    corpora = S.random_corpora(RANDOM_CORPORA, SEED)
    # The generator must keep producing the cases that broke chrF and BLEU before.
    short_ref = sum(any(0 < len("".join(r[0].split())) < 6 for r in c["refs"]) for c in corpora)
    empty_hyp = sum("" in c["hyps"] for c in corpora)
    assert short_ref > RANDOM_CORPORA // 4 and empty_hyp > RANDOM_CORPORA // 10, (short_ref, empty_hyp)
    bad = []
    for i, c in enumerate(corpora):
        refs = [r[0] for r in c["refs"]]  # metrics.py scores one reference per hypothesis
        diff = _differences(c["hyps"], refs, S.sacrebleu_scores(c["hyps"], [[r] for r in refs]))
        if diff:
            bad.append((i, diff, c["hyps"], refs))
    assert not bad, f"{len(bad)} of {RANDOM_CORPORA} corpora differ from sacrebleu; first: {bad[0]}"


def _degrade(lines, seed):
    """Deterministic stand-in for system output: words dropped, replaced and repeated."""
    rng = random.Random(seed)
    vocab = sorted({w for line in lines for w in line.split()})
    out = []
    for line in lines:
        words = [w if rng.random() > 0.2 else rng.choice(vocab) for w in line.split() if rng.random() > 0.1]
        out.append(" ".join(words + ([rng.choice(vocab)] if rng.random() < 0.3 else [])))
    return out


@pytest.mark.parametrize("name", ["phoenix2014T.dev.gloss", "phoenix2014T.dev.de"])
def test_phoenix_dev_equals_sacrebleu(name):
    S = _reference_module()
    path = PHOENIX / name
    if not path.exists():
        pytest.skip(f"{path} not found (third-party data beside the project)")
    refs = path.read_text(encoding="utf-8").splitlines()
    hyps = _degrade(refs, SEED)
    diff = _differences(hyps, refs, S.sacrebleu_scores(hyps, [[r] for r in refs]))
    assert not diff, diff
