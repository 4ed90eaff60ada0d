"""sacreBLEU's own BLEU and chrF for random or given corpora: the reference side of the metrics
agreement tests (training/tests/test_t2g_metrics_sacrebleu.py for metrics.py,
test/unit/metrics/sacrebleu.test.ts for src/shared/metrics). Needs the set-up venv (sacrebleu).

  .venv/bin/python -m training.t2g.sacrebleu_check --corpora 300 --seed 1   # random corpora
  .venv/bin/python -m training.t2g.sacrebleu_check --stdin < corpora.json    # [{hyps, refs}]

Both print [{hyps, refs, scores}] as JSON; refs holds a list of references per hypothesis.
BLEU is scored as the project scores it (13a, no smoothing, orders 1..4), chrF with sacreBLEU's
chrF2 defaults; scores carries both signatures, as sacreBLEU formats them.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from typing import Dict, List, Optional, Sequence

from sacrebleu.metrics import BLEU, CHRF

# Words that exercise 13a (symbols, in-word hyphens, decimals, entities, <skipped>) and chrF
# (German letters, Greek, Cyrillic, CJK, an astral emoji, a combining accent).
WORDS = [
    "REGEN", "SONNE", "__ON__", "loc-NORD", "S+H", "IX", "3.5", "a,b", "x.", "1-2", "(hi)", "don't",
    "ÜBER", "straße", "naïve", "e\u0301t\u00e9", "Ωμέγα", "привет", "日本語", "😀", "&amp;", "&quot;",
    "<skipped>", "?!", "...", "--", "a", "I", "the", "cat", "sat", "on", "mat", "Obama", "friendly.",
]
# Python's str.split() whitespace includes U+001C and U+0085 but not U+FEFF; JavaScript's \s is
# the other way round: both sides must split (and chrF remove) exactly what Python does.
SEPARATORS = [" "] * 12 + ["  ", "\t", "\n", "\u00a0", "\u3000", "\u2009", "\u0085", "\u001c", "\ufeff"]
SHORT_CHARS = "abcxyzÄß.,-!?😀 "
# A trailing "-\n" is joined by 13a but rstripped first by sacreBLEU's BLEU.
ENDINGS = [""] * 10 + [" ", "\n", "-\n", " .", "?"]


def _sentence(rng: random.Random, words: int) -> str:
    out = rng.choice(WORDS)
    for _ in range(words - 1):
        out += rng.choice(SEPARATORS) + rng.choice(WORDS)
    return out + rng.choice(ENDINGS)


def _reference(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.05:
        return ""
    if r < 0.25:  # shorter than chrF's 6 characters: some orders have no n-grams
        return "".join(rng.choice(SHORT_CHARS) for _ in range(rng.randint(1, 5)))
    if r < 0.35:
        return _sentence(rng, rng.randint(20, 50))
    return _sentence(rng, rng.randint(1, 10))


def _hypothesis(rng: random.Random, ref: str) -> str:
    r = rng.random()
    if r < 0.1:
        return ""
    if r < 0.25:
        return ref
    if r < 0.4:
        return _reference(rng)
    # Edits of the reference, so that n-grams of every order match in part.
    words = ref.split() or [rng.choice(WORDS)]
    out: List[str] = []
    for w in words:
        p = rng.random()
        if p < 0.15:
            continue
        out.append(rng.choice(WORDS) if p < 0.35 else w)
        if p > 0.9:
            out.append(rng.choice(WORDS))
    return rng.choice(SEPARATORS).join(out) + rng.choice(ENDINGS)


def random_corpus(rng: random.Random) -> Dict[str, list]:
    """1-12 sentences; half the corpora have 1-3 references per sentence (sometimes an empty one)."""
    n = rng.randint(1, 12)
    multi = rng.random() < 0.5
    hyps, refs = [], []
    for _ in range(n):
        first = _reference(rng)
        hyps.append(_hypothesis(rng, first))
        more = [_reference(rng) if rng.random() < 0.3 else _hypothesis(rng, first)
                for _ in range(rng.randint(0, 2) if multi else 0)]
        refs.append([first, *more])
    return {"hyps": hyps, "refs": refs}


def random_corpora(count: int, seed: int) -> List[Dict[str, list]]:
    rng = random.Random(seed)
    return [random_corpus(rng) for _ in range(count)]


def _streams(refs: Sequence[Sequence[str]]) -> List[List[Optional[str]]]:
    """Per-hypothesis reference lists as sacreBLEU's reference streams (None where a sentence has fewer)."""
    width = max(len(r) for r in refs)
    return [[r[k] if k < len(r) else None for r in refs] for k in range(width)]


def sacrebleu_scores(hyps: Sequence[str], refs: Sequence[Sequence[str]]) -> Dict[str, object]:
    streams = _streams(refs)
    out: Dict[str, object] = {}
    for n in range(1, 5):
        bleu = BLEU(tokenize="13a", smooth_method="none", max_ngram_order=n)
        out[f"bleu{n}"] = bleu.corpus_score(list(hyps), streams).score
    out["bleuSignature"] = bleu.get_signature().format()
    chrf = CHRF()
    out["chrf"] = chrf.corpus_score(list(hyps), streams).score
    out["chrfSignature"] = chrf.get_signature().format()
    return out


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--corpora", type=int, default=300, help="how many random corpora")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--stdin", action="store_true", help="score the corpora given on stdin instead")
    a = p.parse_args()
    # Bytes decoded as UTF-8 and ASCII JSON out: whatever the locale's encoding.
    corpora = json.loads(sys.stdin.buffer.read().decode("utf-8")) if a.stdin else random_corpora(a.corpora, a.seed)
    for c in corpora:
        c["scores"] = sacrebleu_scores(c["hyps"], c["refs"])
    json.dump(corpora, sys.stdout)


if __name__ == "__main__":
    main()
