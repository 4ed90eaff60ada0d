import math

import numpy as np

from training.t2g.beam import beam_search, length_penalty, top_tokens

BOS, EOS, A, B, V = 2, 3, 4, 5, 6


def table_step(table):
    def step(prefixes):
        out = np.full((len(prefixes), V), math.log(1e-9), dtype=np.float32)
        for i, p in enumerate(prefixes):
            for tok, prob in table.get(tuple(p), {EOS: 1.0}).items():
                out[i, tok] = math.log(prob)
        return out
    return step


STEP = table_step({(2,): {A: 0.6, B: 0.4}, (2, 4): {A: 0.3, B: 0.3, EOS: 0.4}, (2, 5): {EOS: 0.9, A: 0.1}})


def test_greedy_vs_beam():
    assert beam_search(STEP, BOS, EOS, 1, 10, 0.0) == [A]
    assert beam_search(STEP, BOS, EOS, 2, 10, 0.0) == [B]


def test_length_penalty_prefers_longer():
    s = table_step({(2,): {EOS: 0.5, A: 0.5}, (2, 4): {EOS: 0.9}})
    assert beam_search(s, BOS, EOS, 1, 10, 0.0) == []  # tie: EOS (3) before A (4)
    assert beam_search(s, BOS, EOS, 2, 10, 0.0) == []
    assert beam_search(s, BOS, EOS, 2, 10, 1.0) == [A]
    assert length_penalty(1, 0.0) == 1.0


def test_max_len():
    def step(prefixes):
        out = np.full((len(prefixes), V), -20.0, dtype=np.float32)
        out[:, A] = math.log(0.99)
        return out
    assert beam_search(step, BOS, EOS, 3, 3, 0.6) == [A, A, A]


def test_top_tokens_ties_by_index():
    assert top_tokens(np.array([0.1, 0.5, 0.5, 0.9, 0.2], dtype=np.float32), 3) == [3, 1, 2]
