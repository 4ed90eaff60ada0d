"""Decoding: greedy CTC over glosses (cheap, for partial results while signing) and beam search
over English (training/t2g/beam.py, GNMT length normalisation), with a confidence.

Confidence = exp(mean log-probability of the chosen English tokens, end token included): a
geometric-mean token probability in [0, 1] that does not shrink with sentence length.

Sentence type: a model with a sentence-type head (train.py --type-weight) reads the type from the
encoder (the face's grammar: raised brows, furrowed brows, a headshake) more reliably than its
decoder writes it (ase-slt v0.3.0 on test-nmm-pairs: the head 600 of 600, the beam's best text
568), and the beam's other finished hypotheses often hold the right reading ("What did he eat?"
beside "Did he eat something?"). So the finished hypotheses are ranked by their normalized score
plus TYPE_WEIGHT × log p(the type of their text) from the head; src/workers/slt/model.ts does the
same with the exported head.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import List, Sequence

import numpy as np
import torch

from ..t2g.beam import beam_search_all
from ..t2g.decode import greedy_tokens
from ..t2g.vocab import BOS, EOS
from .model import SignToText
from .sentence_type import SENTENCE_TYPES, sentence_type
from .vocab import BLANK, CtcVocab, TextCodec

DEFAULT_BEAM = 4
DEFAULT_ALPHA = 1.0
# Chosen on ase-slt v0.3.0's dev split (400 utterances, PyTorch fp32): any weight from 0.5 to 8 gives
# the right type on 400 (395 without) and BLEU-4 93.10 (93.09); a weight this size overrides a small
# score gap only.
DEFAULT_TYPE_WEIGHT = 1.0


@dataclass
class Translation:
    text: str
    glosses: List[str]
    confidence: float  # geometric-mean token probability of `text`, 0..1
    tokens: List[int]


def max_text_len(model: SignToText, steps: int) -> int:
    """English pieces allowed for `steps` encoder steps (7.5 per second at 30 fps)."""
    return max(1, min(2 * steps + 10, model.cfg.max_text_len - 2))


def ctc_collapse(ids: Sequence[int]) -> List[int]:
    out, prev = [], -1
    for i in ids:
        if i != prev and i != BLANK:
            out.append(int(i))
        prev = i
    return out


def greedy_ctc(logprobs: torch.Tensor, steps: torch.Tensor) -> List[List[int]]:
    """[B,S,V] log-probs and valid steps [B] → collapsed token ids per utterance."""
    best = logprobs.argmax(-1).tolist()
    return [ctc_collapse(row[: int(n)]) for row, n in zip(best, steps.tolist())]


@torch.no_grad()
def greedy_text(model: SignToText, mem: torch.Tensor, steps: torch.Tensor) -> List[List[int]]:
    """Batched greedy English decoding (model selection during training)."""
    limits = torch.tensor([max_text_len(model, int(s)) for s in steps])
    return greedy_tokens(lambda ys: model.step_logprobs(ys, mem, steps), limits)


def choose_by_type(finished: Sequence, texts: Sequence[str], type_logprobs: Sequence[float], weight: float) -> int:
    """Index of the finished hypothesis (normalized score, ids), best first, with the highest
    normalized score + weight × log p(type of its text); ties keep the earlier one."""
    def key(j: int):
        return finished[j][0] + weight * float(type_logprobs[SENTENCE_TYPES.index(sentence_type(texts[j]))])
    return max(range(len(finished)), key=lambda j: (key(j), -j))


@torch.no_grad()
def beam_text(model: SignToText, mem: torch.Tensor, steps: torch.Tensor, beam: int, alpha: float,
              codec: TextCodec | None = None, type_weight: float = 0.0) -> List[int]:
    """One utterance: mem [1,S,D], steps [1]. With a codec, a type weight and a model with a
    sentence-type head, the hypotheses are re-ranked by type (see the module's comment)."""

    def step(prefixes: List[List[int]]) -> np.ndarray:
        ys = torch.tensor(prefixes, dtype=torch.long)
        n = ys.shape[0]
        return model.step_logprobs(ys, mem.expand(n, -1, -1), steps.expand(n)).numpy()

    finished = beam_search_all(step, BOS, EOS, beam, max_text_len(model, int(steps[0])), alpha)
    if codec is None or type_weight <= 0 or model.type_head is None:
        return finished[0][1]
    lpt = torch.log_softmax(model.sentence_type_logits(mem, steps), dim=-1)[0].tolist()
    texts = [codec.decode(ids) for _, ids in finished]
    return finished[choose_by_type(finished, texts, lpt, type_weight)][1]


@torch.no_grad()
def mean_token_logprob(model: SignToText, mem: torch.Tensor, steps: torch.Tensor, ids: Sequence[int]) -> float:
    tin = torch.tensor([[BOS] + list(ids)])
    tout = torch.tensor([list(ids) + [EOS]])
    lp = torch.log_softmax(model.decode(tin, mem, steps), -1).gather(2, tout[:, :, None])
    return float(lp.mean())


@torch.no_grad()
def translate(model: SignToText, feats: np.ndarray, ctc_vocab: CtcVocab, codec: TextCodec,
              beam: int = DEFAULT_BEAM, alpha: float = DEFAULT_ALPHA,
              type_weight: float = DEFAULT_TYPE_WEIGHT) -> Translation:
    """One utterance's features [T,F] → English text, CTC glosses and a confidence."""
    model.eval()
    x = torch.from_numpy(np.asarray(feats, dtype=np.float32))[None]
    mem, steps = model.encode(x, torch.tensor([x.shape[1]]))
    glosses = ctc_vocab.decode(greedy_ctc(model.ctc_logprobs(mem), steps)[0])
    ids = beam_text(model, mem, steps, beam, alpha, codec, type_weight)
    confidence = math.exp(mean_token_logprob(model, mem, steps, ids))
    return Translation(codec.decode(ids), glosses, min(max(confidence, 0.0), 1.0), ids)
