"""Batched greedy decoding (fast, for model selection) and per-sentence beam search (for eval)."""
from __future__ import annotations

from typing import Callable, List, Sequence

import numpy as np
import torch

from .beam import beam_search, max_len_for
from .model import Seq2Seq
from .vocab import BOS, EOS, PAD


@torch.no_grad()
def greedy_tokens(step_logprobs: Callable[[torch.Tensor], torch.Tensor], limits: torch.Tensor) -> List[List[int]]:
    """Batched greedy decoding: `step_logprobs(ys)` gives next-token log-probs [B,V] after the
    prefixes ys [B,T] (BOS first); row b stops at EOS or after limits[b] tokens. Shared by the
    text→gloss and the sign→text recipes."""
    b = limits.shape[0]
    ys = torch.full((b, 1), BOS, dtype=torch.long)
    done = torch.zeros(b, dtype=torch.bool)
    for t in range(int(limits.max())):
        nxt = step_logprobs(ys).argmax(-1)
        nxt = torch.where(done, torch.full_like(nxt, PAD), nxt)
        ys = torch.cat([ys, nxt[:, None]], 1)
        done |= (nxt == EOS) | (t + 1 >= limits)
        if bool(done.all()):
            break
    out = []
    for row in ys[:, 1:].tolist():
        toks = []
        for v in row:
            if v in (EOS, PAD):
                break
            toks.append(v)
        out.append(toks)
    return out


@torch.no_grad()
def greedy_translate(model: Seq2Seq, srcs: Sequence[List[int]], batch: int = 128) -> List[List[int]]:
    model.eval()
    out: List[List[int]] = []
    for i in range(0, len(srcs), batch):
        chunk = srcs[i : i + batch]
        s = torch.full((len(chunk), max(len(x) for x in chunk)), PAD, dtype=torch.long)
        for j, x in enumerate(chunk):
            s[j, : len(x)] = torch.tensor(x)
        valid = (s != PAD).float()
        mem = model.encode(s, valid)
        lens = torch.tensor([max_len_for(len(x)) for x in chunk])
        out.extend(greedy_tokens(lambda ys: model.step_logprobs(ys, mem, valid), lens))
    return out


@torch.no_grad()
def beam_one(model: Seq2Seq, src: List[int], beam: int, alpha: float) -> List[int]:
    model.eval()
    s = torch.tensor([src], dtype=torch.long)
    valid = torch.ones_like(s, dtype=torch.float32)
    mem = model.encode(s, valid)

    def step(prefixes: List[List[int]]) -> np.ndarray:
        ys = torch.tensor(prefixes, dtype=torch.long)
        n = ys.shape[0]
        return model.step_logprobs(ys, mem.expand(n, -1, -1), valid.expand(n, -1)).numpy()

    return beam_search(step, BOS, EOS, beam, max_len_for(len(src)), alpha)


def beam_translate(model: Seq2Seq, srcs: Sequence[List[int]], beam: int, alpha: float) -> List[List[int]]:
    return [beam_one(model, s, beam, alpha) for s in srcs]
