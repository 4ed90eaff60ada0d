"""Random gloss-like corpora with their scores from metrics.py, as JSON on stdout: the data for
test/unit/metrics/crosscheck.test.ts, which recomputes them in TypeScript."""
from __future__ import annotations

import argparse
import json
import random

from .metrics import all_metrics

# Tokens that exercise 13a: underscores, hyphens, "+", digits with "." and ",", German letters.
WORDS = ["REGEN", "SONNE", "__ON__", "__OFF__", "loc-NORD", "S+H", "NICHT", "3.5", "a,b", "TAG", "ÜBER", "IX", "x."]


def corpus(rng: random.Random) -> dict:
    n = rng.randint(1, 12)
    sent = lambda: " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 9)))  # noqa: E731
    refs = [sent() for _ in range(n)]
    # Hypotheses partly copy their reference, so higher-order matches occur.
    hyps = [r if rng.random() < 0.2 else " ".join(w if rng.random() < 0.6 else rng.choice(WORDS) for w in r.split())
            for r in refs]
    return {"hyps": hyps, "refs": refs, "scores": all_metrics(hyps, refs)}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--corpora", type=int, default=20)
    p.add_argument("--seed", type=int, default=0)
    a = p.parse_args()
    rng = random.Random(a.seed)
    print(json.dumps([corpus(rng) for _ in range(a.corpora)], ensure_ascii=False))


if __name__ == "__main__":
    main()
