"""PyTorch vs the exported slt pack: the same chunks through `stream_step` and slt-encoder.onnx
(each side feeding back its own state), `memory_kv` vs slt-memory.onnx, and `decoder_step` vs
slt-decoder.onnx with a key/value cache from position 0 (B = 2: the greedy path and a
teacher-forced random path over a padded memory). Also writes the reference JSON that
test/integration/slt-onnx-parity.test.ts feeds to onnxruntime-node.

  .venv/bin/python -m training.slt.parity --run RUN --pack models/ase-slt [--corpus DIR --utterances 4]
  .venv/bin/python -m training.slt.parity --bundle model.pt --fixture /tmp/ref.json   # no onnxruntime needed
  .venv/bin/python -m training.slt.parity --tiny /tmp/tiny.pt --fixture /tmp/ref.json  # a random tiny model

Inputs: random features, "real-looking" ones (smooth trajectories around the model's own feature
statistics with dropped blocks, as when a hand leaves the frame) and, with --corpus, real
synthetic-corpus utterances. Prints the largest |PyTorch − ONNX| per output.
"""
from __future__ import annotations

import argparse
import json
import time
from typing import Callable, Dict, List, Optional, Tuple

import numpy as np
import torch

from ..t2g.vocab import BOS, EOS
from .decode import ctc_collapse, max_text_len
from .export import DECODER, ENCODER, MEMORY, load_run
from .model import SUBSAMPLE, SignToText, SltConfig

TOLERANCE = 1e-4
NEG_MASK = -1e9  # mem_mask value of a padded memory step (contract: 0 valid, -1e9 padding)
Runner = Callable[[str, Dict[str, np.ndarray]], List[np.ndarray]]


def tiny_bundle(seed: int = 0, dropout: float = 0.3) -> dict:
    """A random model at the real feature width (d 32, 2 + 2 layers, chunk 2, window 2 chunks) and
    tiny vocabularies, for tests. Dropout is on and the model left in training mode, so a graph
    traced without eval() would be random; position biases and feature statistics are non-trivial."""
    from . import features as FE
    from .train import bundle_of
    from .vocab import CtcVocab, TextCodec

    torch.manual_seed(seed)
    ctc = CtcVocab.build([["HELLO", "MY", "NAME", "fs-ANN"], ["WHERE", "BATHROOM"]])
    codec = TextCodec.build(["Hello, my name is Ann.", "Where is the bathroom?"], 20)
    cfg = SltConfig(FE.FEATURE_DIM, len(ctc), len(codec), d_model=32, heads=4, ff=64, enc_layers=2, dec_layers=2,
                    chunk=2, left_chunks=2, dropout=dropout, attn_dropout=dropout, sentence_types=4)
    m = SignToText(cfg)
    with torch.no_grad():
        for blk in m.enc:
            blk.att.rel.normal_(0, 0.5)
        m.feat_mean.normal_(0, 0.1)
        m.feat_std.uniform_(0.5, 2.0)
    return bundle_of(m.train(), ctc, codec, argparse.Namespace(beam=3, alpha=0.8))


def model_of(bundle: dict) -> SignToText:
    m = SignToText(SltConfig(**bundle["config"]))
    m.load_state_dict(bundle["model"])
    return m.eval()


def random_features(m: SignToText, frames: int, rng: np.random.Generator) -> np.ndarray:
    return rng.standard_normal((frames, m.cfg.feat_dim)).astype(np.float32)


def realistic_features(m: SignToText, frames: int, rng: np.random.Generator) -> np.ndarray:
    """Smooth (random-walk, low-passed) motion around feat_mean ± feat_std, with a block of
    features at 0 for a stretch of frames (a part not detected), like sequence_features output."""
    f = m.cfg.feat_dim
    walk = np.cumsum(rng.standard_normal((frames, f)) * 0.3, axis=0)
    walk -= walk.mean(0)
    kernel = np.ones(5) / 5
    smooth = np.stack([np.convolve(walk[:, j], kernel, mode="same") for j in range(f)], 1)
    x = m.feat_mean.numpy() + m.feat_std.numpy() * np.clip(smooth, -3, 3)
    a, b = sorted(rng.integers(0, frames, 2))
    j = int(rng.integers(0, max(1, f - f // 4)))
    x[a:b, j : j + f // 4] = 0.0
    return x.astype(np.float32)


def chunks_of(m: SignToText, feats: np.ndarray) -> List[tuple]:
    """[T,F] → [(chunk [1,4C,F] zero-padded, valid encoder steps)]."""
    per, c = SUBSAMPLE * m.cfg.chunk, m.cfg.chunk
    total = (feats.shape[0] + SUBSAMPLE - 1) // SUBSAMPLE
    out = []
    for i, start in enumerate(range(0, feats.shape[0], per)):
        ch = np.zeros((1, per, feats.shape[1]), np.float32)
        part = feats[start : start + per]
        ch[0, : len(part)] = part
        out.append((ch, min(c, total - i * c)))
    return out


def _f(a) -> list:
    return np.asarray(a, np.float32).ravel().tolist()


@torch.no_grad()
def reference(m: SignToText, feats: np.ndarray, seed: int = 0, max_steps: int = 12) -> dict:
    """PyTorch outputs for one utterance: per chunk mem/ctc and state, memory keys/values, and
    decoder log-probs per step for B = 2 (row 0 greedy, row 1 random tokens with the last memory
    step masked). Inputs and outputs are float32 arrays, ready to compare or to write as JSON."""
    c = m.cfg
    state = m.stream_init(1)
    chunks, mems = [], []
    for ch, valid in chunks_of(m, feats):
        inputs = {"feats": ch, "tail1": state["tail1"].numpy(), "tail2": state["tail2"].numpy(),
                  "k": state["k"].numpy(), "v": state["v"].numpy(),
                  "steps": np.array([state["steps"]], np.int64), "valid": np.array([valid], np.int64)}
        mem, state = m.stream_step(state, torch.from_numpy(ch), valid)
        outs = [mem, m.ctc_logprobs(mem), state["tail1"], state["tail2"], state["k"], state["v"]]
        chunks.append({"inputs": inputs, "outputs": [o.numpy() for o in outs]})
        mems.append(mem[:, :valid])
    mem = torch.cat(mems, 1)
    ctc = ctc_collapse(m.ctc_logprobs(mem)[0].argmax(-1).tolist())
    s = mem.shape[1]
    kv = m.memory_kv(mem)
    mem_k, mem_v = torch.stack([k for k, _ in kv]), torch.stack([v for _, v in kv])
    types = (torch.log_softmax(m.sentence_type_logits(mem, torch.tensor([s])), -1).numpy()
             if m.type_head is not None else None)
    b = 2
    mask = torch.zeros(b, 1, 1, s)
    if s > 1:
        mask[1, :, :, s - 1] = NEG_MASK
    mkv = [(k.expand(b, -1, -1, -1), v.expand(b, -1, -1, -1)) for k, v in kv]
    gen = torch.Generator().manual_seed(seed)
    steps = min(max_text_len(m, s), max_steps)
    forced = torch.randint(4, c.text_vocab, (steps,), generator=gen)
    cache, token, dec = m.empty_cache(b), torch.tensor([BOS, BOS]), []
    greedy: List[int] = []
    for pos in range(steps):
        lp, cache = m.decoder_step(token, pos, cache, mkv, mask)
        dec.append({"token": token.numpy().astype(np.int64), "logprobs": lp.numpy()})
        nxt = int(lp[0].argmax())
        greedy.append(nxt)
        token = torch.tensor([nxt, int(forced[pos])])
        if nxt == EOS:
            break
    return {"chunks": chunks, "mem": mem.numpy(), "memK": mem_k.numpy(), "typeLogprobs": types,
            "memV": mem_v.numpy(), "memMask": mask.numpy(), "decoder": dec, "greedy": greedy, "ctcGreedy": ctc,
            "selfK": torch.stack([k for k, _ in cache]).numpy(), "selfV": torch.stack([v for _, v in cache]).numpy()}


# Outputs compared absolutely; the states (conv tails, key/value windows and caches) relative to
# max(1, their largest |value|): on real features the second conv's tail holds activations up to
# ~130, where float32's own spacing is 8e-6 and a different summation order moves them ~2e-4.
ABSOLUTE = ("mem", "ctc", "logprobs", "type")


def compare(ref: dict, run: Runner) -> Dict[str, float]:
    """Largest |PyTorch − ONNX| per output (states scaled, see ABSOLUTE); the ONNX side feeds
    back its own state and cache."""
    worst: Dict[str, float] = {}

    def note(key: str, a: np.ndarray, b: np.ndarray) -> None:
        if a.shape != b.shape:
            raise AssertionError(f"{key}: ONNX shape {a.shape} != PyTorch {b.shape}")
        if not a.size:
            return
        scale = 1.0 if key in ABSOLUTE else max(1.0, float(np.max(np.abs(b))))
        worst[key] = max(worst.get(key, 0.0), float(np.max(np.abs(a - b))) / scale)

    state: Optional[List[np.ndarray]] = None
    mems = []
    for ch in ref["chunks"]:
        feeds = dict(ch["inputs"])
        if state is not None:
            feeds.update(zip(("tail1", "tail2", "k", "v"), state))
        outs = run(ENCODER, feeds)
        for key, a, b in zip(("mem", "ctc", "tail1", "tail2", "k", "v"), outs, ch["outputs"]):
            note(key, a, b)
        state = outs[2:]
        mems.append(outs[0][:, : int(feeds["valid"][0])])
    mem = np.concatenate(mems, 1)
    mem_k, mem_v, *types = run(MEMORY, {"mem": mem})
    if (ref["typeLogprobs"] is None) != (not types):
        raise AssertionError(f"sentence-type output: ONNX has {len(types)}, PyTorch "
                             f"{'none' if ref['typeLogprobs'] is None else 'one'}")
    if types:
        note("type", types[0], ref["typeLogprobs"])
    note("mem_k", mem_k, ref["memK"])
    note("mem_v", mem_v, ref["memV"])
    b = ref["memMask"].shape[0]
    tile = lambda t: np.ascontiguousarray(np.repeat(t, b, axis=1))  # noqa: E731
    ld, _, h, _, dk = mem_k.shape
    self_k = self_v = np.zeros((ld, b, h, 0, dk), np.float32)
    for pos, step in enumerate(ref["decoder"]):
        lp, self_k, self_v = run(DECODER, {"token": step["token"], "pos": np.array([pos], np.int64),
                                           "self_k": self_k, "self_v": self_v, "mem_k": tile(mem_k),
                                           "mem_v": tile(mem_v), "mem_mask": ref["memMask"]})
        note("logprobs", lp, step["logprobs"])
    note("self_k", self_k, ref["selfK"])
    note("self_v", self_v, ref["selfV"])
    return worst


def onnx_decisions(ref: dict, run: Runner, max_len: int) -> Tuple[List[int], List[int]]:
    """What the ONNX graphs alone decide for ref's utterance: greedy CTC ids (collapsed) and the
    greedy English ids (B = 1, own cache), to count agreement with PyTorch (INT8 figures)."""
    state, mems, ctc = None, [], []
    for ch in ref["chunks"]:
        feeds = dict(ch["inputs"])
        if state is not None:
            feeds.update(zip(("tail1", "tail2", "k", "v"), state))
        outs = run(ENCODER, feeds)
        n = int(feeds["valid"][0])
        state = outs[2:]
        mems.append(outs[0][:, :n])
        ctc += outs[1][0, :n].argmax(-1).tolist()
    mem_k, mem_v, *_ = run(MEMORY, {"mem": np.concatenate(mems, 1)})
    ld, _, h, s, dk = mem_k.shape
    sk = sv = np.zeros((ld, 1, h, 0, dk), np.float32)
    token, out = BOS, []
    for pos in range(max_len):
        lp, sk, sv = run(DECODER, {"token": np.array([token], np.int64), "pos": np.array([pos], np.int64),
                                   "self_k": sk, "self_v": sv, "mem_k": mem_k, "mem_v": mem_v,
                                   "mem_mask": np.zeros((1, 1, 1, s), np.float32)})
        token = int(lp[0].argmax())
        out.append(token)
        if token == EOS:
            break
    return ctc_collapse(ctc), out


def ort_runner(pack: str, threads: int = 1) -> Runner:
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.intra_op_num_threads = threads
    sessions = {name: ort.InferenceSession(f"{pack}/{name}", opts, providers=["CPUExecutionProvider"])
                for name in (ENCODER, MEMORY, DECODER)}
    return lambda name, feeds: sessions[name].run(None, feeds)


def inputs_for(m: SignToText, kinds: List[str], frames: List[int], seed: int = 0) -> List[tuple]:
    rng = np.random.default_rng(seed)
    make = {"random": random_features, "realistic": realistic_features}
    return [(f"{k} {n} frames", make[k](m, n, rng)) for k in kinds for n in frames]


def corpus_inputs(m: SignToText, corpus: str, n: int) -> List[tuple]:
    from . import data as D

    utts, _ = D.synth_utterances(corpus)
    dev = sorted((u for u in utts if u.split == "dev"), key=lambda u: u.id)[:n]
    fe = D.feature_module()
    return [(f"corpus {u.id}", fe.resample_features(D.compute_features(u), u.fps)) for u in dev]


def check(m: SignToText, pack: str, cases: List[tuple], log=print,
          agreement: Optional[dict] = None) -> Dict[str, float]:
    """Largest differences over `cases`; with `agreement` (a dict) also counts the cases where the
    ONNX graphs alone make PyTorch's greedy CTC and English decisions (keys ctc, text, cases)."""
    run = ort_runner(pack)
    worst: Dict[str, float] = {}
    for name, feats in cases:
        ref = reference(m, feats, max_steps=m.cfg.max_text_len - 2 if agreement is not None else 12)
        got = compare(ref, run)
        log(f"{name}: " + " ".join(f"{k} {v:.1e}" for k, v in got.items()))
        for k, v in got.items():
            worst[k] = max(worst.get(k, 0.0), v)
        if agreement is not None:
            ctc, text = onnx_decisions(ref, run, len(ref["greedy"]))
            for key, same in (("ctc", ctc == ref["ctcGreedy"]), ("text", text == ref["greedy"]), ("cases", True)):
                agreement[key] = agreement.get(key, 0) + int(same)
    return worst


def fixture(m: SignToText, feats: np.ndarray) -> dict:
    """The reference as JSON for the TypeScript test: flat float lists with their dims."""
    ref = reference(m, feats)

    def t(a: np.ndarray) -> dict:
        return {"dims": list(a.shape), "data": _f(a) if a.dtype != np.int64 else a.ravel().tolist()}

    return {
        "tolerance": TOLERANCE,
        "chunks": [{"inputs": {k: t(v) for k, v in ch["inputs"].items()},
                    "outputs": dict(zip(("mem", "ctc", "tail1_out", "tail2_out", "k_out", "v_out"),
                                        (t(o) for o in ch["outputs"])))} for ch in ref["chunks"]],
        **({"typeLogprobs": t(ref["typeLogprobs"])} if ref["typeLogprobs"] is not None else {}),
        "mem": t(ref["mem"]), "memK": t(ref["memK"]), "memV": t(ref["memV"]), "memMask": t(ref["memMask"]),
        "decoder": [{"token": t(s["token"]), "logprobs": t(s["logprobs"])} for s in ref["decoder"]],
        "selfK": t(ref["selfK"]), "selfV": t(ref["selfV"]), "greedy": ref["greedy"],
    }


def decode_speed(pack: str, m: SignToText, frames: int = 150, steps: int = 20, beam: int = 4,
                 repeats: int = 5) -> dict:
    """Milliseconds, best of `repeats`, one thread: the encoder per chunk (streaming `frames`
    frames), the memory graph, and a decoder step at batch `beam` (mean over `steps` steps)."""
    run = ort_runner(pack)
    ref = reference(m, realistic_features(m, frames, np.random.default_rng(0)))
    best = {"chunk": float("inf"), "memory": float("inf"), "step": float("inf")}
    for _ in range(repeats):
        t0 = time.perf_counter()
        state, mems = None, []
        for ch in ref["chunks"]:
            feeds = dict(ch["inputs"])
            if state is not None:
                feeds.update(zip(("tail1", "tail2", "k", "v"), state))
            outs = run(ENCODER, feeds)
            state = outs[2:]
            mems.append(outs[0])
        t1 = time.perf_counter()
        mem_k, mem_v, *_ = run(MEMORY, {"mem": np.concatenate(mems, 1)})
        t2 = time.perf_counter()
        ld, _, h, s, dk = mem_k.shape
        mk, mv = np.repeat(mem_k, beam, 1), np.repeat(mem_v, beam, 1)
        sk = sv = np.zeros((ld, beam, h, 0, dk), np.float32)
        for pos in range(steps):
            _, sk, sv = run(DECODER, {"token": np.full(beam, BOS, np.int64), "pos": np.array([pos], np.int64),
                                      "self_k": sk, "self_v": sv, "mem_k": mk, "mem_v": mv,
                                      "mem_mask": np.zeros((beam, 1, 1, s), np.float32)})
        t3 = time.perf_counter()
        got = {"chunk": (t1 - t0) / len(ref["chunks"]), "memory": t2 - t1, "step": (t3 - t2) / steps}
        best = {k: min(best[k], got[k] * 1e3) for k in best}
    return {"frames": frames, "chunks": len(ref["chunks"]), "msPerChunk": round(best["chunk"], 3),
            "msMemory": round(best["memory"], 3), "beam": beam, "decoderSteps": steps,
            "msPerDecoderStep": round(best["step"], 3)}


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description="PyTorch vs ONNX parity of an slt pack; reference JSON for TS.")
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--run")
    src.add_argument("--bundle")
    src.add_argument("--tiny", metavar="PATH", help="write a tiny random bundle here and use it (tests)")
    p.add_argument("--pack", help="pack folder to check with onnxruntime (Python)")
    p.add_argument("--fixture", help="write PyTorch reference outputs (JSON) for fixed inputs here")
    p.add_argument("--frames", type=int, default=37, help="frames of the fixture's utterance")
    p.add_argument("--corpus", help="also check the first dev utterances of this synthetic corpus")
    p.add_argument("--utterances", type=int, default=3)
    p.add_argument("--tolerance", type=float, default=TOLERANCE, help="fail above this (loosen for INT8)")
    p.add_argument("--agreement", action="store_true", help="count equal greedy CTC/English decisions (INT8)")
    p.add_argument("--speed", action="store_true", help="also time decoding with onnxruntime")
    a = p.parse_args(argv)
    torch.set_num_threads(1)
    if a.tiny:
        torch.save(tiny_bundle(), a.tiny)
    bundle, _, _ = load_run(a.run, a.bundle or a.tiny)
    m = model_of(bundle)
    if a.fixture:
        feats = realistic_features(m, a.frames, np.random.default_rng(1))
        with open(a.fixture, "w", encoding="utf-8") as f:
            json.dump(fixture(m, feats), f)
    if a.pack:
        cases = inputs_for(m, ["random", "realistic"], [7, 4 * SUBSAMPLE * m.cfg.chunk + 3, 150])
        if a.corpus:
            cases += corpus_inputs(m, a.corpus, a.utterances)
        agree: dict = {}
        worst = check(m, a.pack, cases, agreement=agree if a.agreement else None)
        print("max |PyTorch − ONNX| (states / max(1, |state|)): " + " ".join(f"{k} {v:.2e}" for k, v in worst.items()))
        if a.agreement:
            print(f"ONNX greedy decisions equal to PyTorch's: CTC {agree['ctc']}/{agree['cases']}, "
                  f"English {agree['text']}/{agree['cases']}")
        if a.speed:
            print("speed (onnxruntime, 1 thread):", json.dumps(decode_speed(a.pack, m)))
        bad = {k: v for k, v in worst.items() if not v <= a.tolerance}
        if bad:
            raise SystemExit(f"parity above {a.tolerance:g}: {bad}")


if __name__ == "__main__":
    main()
