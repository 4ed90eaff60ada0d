"""Writes what the TypeScript runtime must reproduce, for test/integration/t2g/parity.test.ts:
source ids for every sentence (tokenizer parity), and for a few sentences the encoder memory,
next-token log-probabilities after a prefix, the greedy result and the beam result (PyTorch).

  /usr/bin/python3 -m training.t2g.parity --bundle RUN/final.pt --phoenix-dev --out training/runs/parity-phoenix.json
  /usr/bin/python3 -m training.t2g.parity --bundle RUN/final.pt --tiny --out /tmp/x/parity.json

For PHOENIX only line numbers of the dev file are stored (its text stays in ../shared).
"""
from __future__ import annotations

import argparse
import json
from typing import List

import torch

from . import data as D
from .decode import beam_one
from .model import ModelConfig, Seq2Seq
from .text import Bpe, normalize
from .vocab import BOS, Vocab


@torch.no_grad()
def fixtures(bundle: dict, sentences: List[str], detailed: int, beam: int, alpha: float) -> dict:
    model = Seq2Seq(ModelConfig(**bundle["config"]))
    model.load_state_dict(bundle["model"])
    model.eval()
    bpe, src_vocab = Bpe(bundle["merges"]), Vocab(bundle["src_vocab"])
    ids = [src_vocab.ids(bpe.encode(normalize(s))) for s in sentences]
    cases = []
    for i, src in enumerate(ids[:detailed]):
        if not src:
            continue
        s = torch.tensor([src])
        valid = torch.ones(1, len(src))
        mem = model.encode(s, valid)
        greedy = beam_one(model, src, 1, 0.0)
        best = beam_one(model, src, beam, alpha)
        prefix = [BOS] + best[:2]
        lp = model.step_logprobs(torch.tensor([prefix]), mem, valid)[0]
        cases.append({"index": i, "srcIds": src, "memory": mem[0].flatten().tolist(),
                      "memoryDims": list(mem.shape), "prefix": prefix, "logprobs": lp.tolist(),
                      "greedy": greedy, "beam": best})
    return {"beam": beam, "alpha": alpha, "srcIds": ids, "cases": cases}


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description="Write PyTorch reference outputs for the TS parity test.")
    p.add_argument("--bundle", required=True)
    p.add_argument("--out", required=True)
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--phoenix-dev", action="store_true", help="sentences: PHOENIX dev (stored as line numbers)")
    g.add_argument("--tiny", action="store_true", help="sentences: the toy dev corpus (stored as text)")
    p.add_argument("--data", default=None)
    p.add_argument("--detailed", type=int, default=8, help="sentences with memory/logprob/beam checks")
    p.add_argument("--beam", type=int, default=None)
    p.add_argument("--alpha", type=float, default=None)
    a = p.parse_args(argv)
    torch.set_num_threads(1)
    bundle = torch.load(a.bundle, map_location="cpu")
    if a.tiny:
        sentences = D.tiny_corpus(12, seed=1)[0]
    else:
        sentences = D.load_phoenix("dev", a.data or D.default_phoenix_dir())[0]
    beam = a.beam or bundle["decode"]["beam"]
    alpha = bundle["decode"]["alpha"] if a.alpha is None else a.alpha
    out = fixtures(bundle, sentences, a.detailed, beam, alpha)
    out["source"] = "tiny" if a.tiny else "phoenix-dev"
    if a.tiny:
        out["sentences"] = sentences
    with open(a.out, "w", encoding="utf-8") as f:
        json.dump(out, f)


if __name__ == "__main__":
    main()
