"""Beam search over any `step(prefixes) -> logprobs` function.

The algorithm, its tie-breaking and its length penalty are mirrored exactly by the TypeScript
runtime (src/shared/text/seq2seq/beam.ts); parity tests compare the two on dev sentences.

- Each step expands every live hypothesis by its 2k best tokens (ties: lower token id first) and
  ranks all candidates by total log-probability (ties: lower hypothesis index, then token id).
- Walking that ranking, a candidate ending in EOS is finished; others continue until k are live.
- Search stops once k hypotheses have finished, or at `max_len` generated tokens (live ones are
  then finished as they are).
- Finished hypotheses are ranked by score / lp(len), GNMT's lp(len) = ((5 + len) / 6) ** alpha,
  len counting the EOS; ties keep the one finished first.
"""
from __future__ import annotations

from typing import Callable, List, Sequence, Tuple

import numpy as np

Step = Callable[[List[List[int]]], np.ndarray]


def length_penalty(length: int, alpha: float) -> float:
    return ((5.0 + length) / 6.0) ** alpha


def top_tokens(row: np.ndarray, n: int) -> List[int]:
    """Indices of the n largest values, ties by lower index (stable sort on -value)."""
    n = min(n, row.shape[0])
    idx = np.argsort(-row.astype(np.float64), kind="stable")[:n]
    return [int(i) for i in idx]


def beam_search(step: Step, bos: int, eos: int, beam: int, max_len: int, alpha: float) -> List[int]:
    """Best token ids (without BOS/EOS)."""
    return beam_search_all(step, bos, eos, beam, max_len, alpha)[0][1]


def beam_search_all(step: Step, bos: int, eos: int, beam: int, max_len: int,
                    alpha: float) -> List[Tuple[float, List[int]]]:
    """Every finished hypothesis as (normalized score, token ids), best first; ties keep the one
    finished first (src/shared/text/seq2seq/beam.ts beamSearchAll)."""
    alive: List[Tuple[float, List[int]]] = [(0.0, [bos])]
    finished: List[Tuple[float, List[int]]] = []  # (normalized score, tokens)
    for t in range(max_len):
        lp = step([p for _, p in alive])
        cands: List[Tuple[float, int, int]] = []
        for i, (score, _) in enumerate(alive):
            for v in top_tokens(lp[i], 2 * beam):
                cands.append((score + float(lp[i, v]), i, v))
        cands.sort(key=lambda c: (-c[0], c[1], c[2]))
        nxt: List[Tuple[float, List[int]]] = []
        for score, i, v in cands:
            if v == eos:
                finished.append((score / length_penalty(t + 1, alpha), alive[i][1][1:]))
            else:
                nxt.append((score, alive[i][1] + [v]))
            if len(nxt) == beam:
                break
        if len(finished) >= beam or not nxt:
            break
        alive = nxt
    else:
        for score, p in alive:
            finished.append((score / length_penalty(max_len, alpha), p[1:]))
    order = sorted(range(len(finished)), key=lambda j: (-finished[j][0], j))
    return [finished[j] for j in order]


def max_len_for(src_len: int) -> int:
    """Glosses are shorter than their German sentences; leave room, cap for the position table."""
    return min(2 * src_len + 10, 200)
