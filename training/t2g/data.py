"""Corpora: PHOENIX-2014T read in place, a toy corpus generated in code for CI, and batching."""
from __future__ import annotations

import os
import random
import re
from dataclasses import dataclass
from typing import List, Sequence, Tuple

import torch

from .vocab import BOS, EOS, PAD

PHOENIX_FILES = {"train": "phoenix2014T.train", "dev": "phoenix2014T.dev"}


def default_phoenix_dir() -> str:
    here = os.path.dirname(os.path.abspath(__file__))
    return os.environ.get("SIGNBRIDGE_PHOENIX_DIR") or os.path.normpath(
        os.path.join(here, "..", "..", "..", "shared", "data", "phoenix14t")
    )


def read_lines(path: str) -> List[str]:
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f]


# Annotation markers, not signs: __ON__/__OFF__ (signer starts/stops), __EMP__, __HOLD__, __PU__,
# __LEFTHAND__, uncertain readings (__??__). 67% of the train lines carry them and no dev line
# does, so a model trained on them spends output on tokens no reference has (and no avatar signs).
MARKER = re.compile(r"^__.*__$")


def drop_markers(gloss_line: str) -> str:
    return " ".join(g for g in gloss_line.split() if not MARKER.match(g))


def load_phoenix(split: str, root: str, markers: bool = False) -> Tuple[List[str], List[str]]:
    base = os.path.join(root, PHOENIX_FILES[split])
    src, tgt = read_lines(base + ".de"), read_lines(base + ".gloss")
    if len(src) != len(tgt):
        raise ValueError(f"{base}: {len(src)} German lines but {len(tgt)} gloss lines")
    return src, tgt if markers else [drop_markers(t) for t in tgt]


# A toy "weather report" language for CI: German-like words, gloss order differs (time first,
# verb dropped, adjective after noun), so the model must learn reordering and deletion.
_TIMES = [("morgen", "MORGEN"), ("heute", "HEUTE"), ("am abend", "ABEND"), ("in der nacht", "NACHT")]
_PLACES = [("im norden", "NORD"), ("im süden", "SUED"), ("im westen", "WEST"), ("im osten", "OST")]
_WEATHER = [("regen", "REGEN"), ("schnee", "SCHNEE"), ("sonne", "SONNE"), ("nebel", "NEBEL")]
_ADJ = [("viel", "VIEL"), ("wenig", "WENIG"), ("kein", "KEIN")]


def tiny_corpus(n: int = 48, seed: int = 0) -> Tuple[List[str], List[str]]:
    rng = random.Random(seed)
    src, tgt = [], []
    for _ in range(n):
        (pw, pg), (tw, tg), (aw, ag), (ww, wg) = (rng.choice(x) for x in (_PLACES, _TIMES, _ADJ, _WEATHER))
        src.append(f"{pw} gibt es {tw} {aw} {ww} .")
        tgt.append(f"{tg} {pg} {wg} {ag}")
    return src, tgt


@dataclass
class Batch:
    src: torch.Tensor  # [B,S] int64
    src_valid: torch.Tensor  # [B,S] float 1/0
    tgt_in: torch.Tensor  # [B,T] starts with BOS
    tgt_out: torch.Tensor  # [B,T] ends with EOS, PAD elsewhere
    ntokens: int


def make_batch(pairs: Sequence[Tuple[List[int], List[int]]]) -> Batch:
    s_len = max(len(s) for s, _ in pairs)
    t_len = max(len(t) for _, t in pairs) + 1
    src = torch.full((len(pairs), s_len), PAD, dtype=torch.long)
    tin = torch.full((len(pairs), t_len), PAD, dtype=torch.long)
    tout = torch.full((len(pairs), t_len), PAD, dtype=torch.long)
    for i, (s, t) in enumerate(pairs):
        src[i, : len(s)] = torch.tensor(s)
        tin[i, : len(t) + 1] = torch.tensor([BOS] + t)
        tout[i, : len(t) + 1] = torch.tensor(t + [EOS])
    return Batch(src, (src != PAD).float(), tin, tout, int((tout != PAD).sum()))


def token_batches(pairs, max_tokens: int, rng: random.Random) -> List[Batch]:
    """Length-bucketed batches of at most `max_tokens` source+target tokens, shuffled."""
    order = sorted(range(len(pairs)), key=lambda i: (len(pairs[i][0]) + rng.random(), len(pairs[i][1])))
    batches, cur, cur_max = [], [], 0
    for i in order:
        s, t = pairs[i]
        m = max(cur_max, len(s) + len(t) + 1)
        if cur and m * (len(cur) + 1) > max_tokens:
            batches.append(make_batch(cur))
            cur, m = [], len(s) + len(t) + 1
        cur.append(pairs[i])
        cur_max = m
    if cur:
        batches.append(make_batch(cur))
    rng.shuffle(batches)
    return batches
