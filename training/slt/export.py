"""Export a trained sign → text bundle to a model pack (the contract: /tmp/brief/slt-onnx.md,
summarised in training/README.md "slt export"):

  slt-encoder.onnx  one streaming chunk step, batch 1, conv tails + key/value window as state
  slt-memory.onnx   cross-attention keys/values of the whole utterance, once per utterance
  slt-decoder.onnx  one decoder step with a self-attention key/value cache, batch B (the beam)
  slt-vocab.json    features, geometry, CTC tokens, English BPE codec, decoding, training provenance
  manifest.json     files with sha256, bytes and the ONNX inputs/outputs read back from each graph

  .venv/bin/python -m training.slt.export --run /work/runs/ase-slt --out models/ase-slt \
      --corpus-command "npm run --silent cli -- synth ..." [--eval eval.json] [--int8]

The exact training command, seed, corpus command and seed, git commit and evaluation figures go
to manifest.json "training" (src/shared/modelpack/manifest.ts TrainingProvenanceSchema) and to
slt-vocab.json "training" (the runtime's copy).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile
import warnings
from typing import Dict, List, Optional, Sequence, Tuple

import onnx
import torch
import torch.nn as nn

from ..t2g.export import _fix_shapes, onnx_io, sha256
from ..t2g.text import CONT, END
from ..t2g.vocab import BOS, EOS, PAD, UNK
from . import features as FE
from .decode import DEFAULT_TYPE_WEIGHT
from .model import SUBSAMPLE, SignToText, SltConfig
from .sentence_type import SENTENCE_TYPES
from .vocab import BLANK

OPSET = 17
VOCAB_FORMAT = "signbridge-slt-vocab"
DEFAULT_ID = "ase-slt"
# The manifest's labels by default (the ASL pack); --sign-language/--spoken-language/--name change them.
DEFAULT_NAME = "American Sign Language → English (sign → text)"
DEFAULT_SIGN_LANGUAGE = "ase"
DEFAULT_SPOKEN_LANGUAGE = "en-US"
# The manifest schema's patterns (src/shared/modelpack/manifest.ts ISO_639_3, BCP_47).
ISO_639_3 = re.compile(r"^[a-z]{3}$")
BCP_47 = re.compile(r"^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\d{3}))?$")
LICENSE = "CC-BY-4.0"
ATTRIBUTION = "SignBridge team: trained only on the project's own synthetic corpus"
# decode.max_text_len: English pieces allowed = min(PER_STEP · encoder steps + EXTRA, maxLen).
MAX_LEN_PER_STEP, MAX_LEN_EXTRA = 2, 10
ENCODER, MEMORY, DECODER, VOCAB = "slt-encoder.onnx", "slt-memory.onnx", "slt-decoder.onnx", "slt-vocab.json"
PACK_FILES = ((ENCODER, "slt-encoder"), (MEMORY, "slt-decoder"), (DECODER, "slt-decoder"), (VOCAB, "slt-vocab"))
GRAPHS = (ENCODER, MEMORY, DECODER)
REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


# ---- graphs ----
class EncoderStep(nn.Module):
    """model.stream_step with the state as tensors; `steps`/`valid` are inputs, not constants."""

    def __init__(self, m: SignToText):
        super().__init__()
        self.m = m

    def forward(self, feats, tail1, tail2, k, v, steps, valid):
        state = {"tail1": tail1, "tail2": tail2, "k": k, "v": v, "steps": steps}
        mem, new = self.m.stream_step(state, feats, valid)
        return mem, self.m.ctc_logprobs(mem), new["tail1"], new["tail2"], new["k"], new["v"]


class MemoryKv(nn.Module):
    def __init__(self, m: SignToText):
        super().__init__()
        self.m = m

    def forward(self, mem):
        kv = self.m.memory_kv(mem)
        ks, vs = torch.stack([k for k, _ in kv]), torch.stack([v for _, v in kv])
        if self.m.type_head is None:
            return ks, vs
        # The sentence type from the whole utterance's memory (all of it valid here): decode.py
        # re-ranks the finished hypotheses with it.
        return ks, vs, torch.log_softmax(self.m.type_head(mem.mean(dim=1)), dim=-1)


class DecoderStep(nn.Module):
    """model.decoder_step with `pos` a tensor (its slice `pe[pos:pos+1]` would trace to a constant)
    and the per-layer caches stacked; parity.py checks it against decoder_step itself."""

    def __init__(self, m: SignToText):
        super().__init__()
        self.m = m

    def forward(self, token, pos, self_k, self_v, mem_k, mem_v, mem_mask):
        m = self.m
        y = m.emb(token)[:, None] * m.scale + m.pe.index_select(0, pos)
        no_mask = y.new_zeros(1, 1, 1, 1)
        ks, vs = [], []
        for i, layer in enumerate(m.dec):
            y, (k, v) = layer(y, (mem_k[i], mem_v[i]), no_mask, mem_mask, (self_k[i], self_v[i]))
            ks.append(k)
            vs.append(v)
        logp = torch.log_softmax(torch.matmul(m.dec_norm(y[:, 0]), m.emb.weight.t()), dim=-1)
        return logp, torch.stack(ks), torch.stack(vs)


def geometry(c: SltConfig) -> Dict[str, int]:
    """Fixed sizes by the names the IO tables below use."""
    return {"4C": SUBSAMPLE * c.chunk, "C": c.chunk, "F": c.feat_dim, "D": c.d_model, "K-1": c.conv_kernel - 1,
            "L": c.enc_layers, "Ld": c.dec_layers, "H": c.heads, "left": c.left_chunks * c.chunk,
            "dk": c.d_model // c.heads, "Vctc": c.ctc_vocab, "Vtext": c.text_vocab, "1": 1,
            "types": c.sentence_types}


F32, I64 = "float32", "int64"
ENCODER_IO = {
    "inputs": [("feats", F32, ["1", "4C", "F"]), ("tail1", F32, ["1", "F", "K-1"]), ("tail2", F32, ["1", "D", "K-1"]),
               ("k", F32, ["L", "1", "H", "left", "dk"]), ("v", F32, ["L", "1", "H", "left", "dk"]),
               ("steps", I64, ["1"]), ("valid", I64, ["1"])],
    "outputs": [("mem", F32, ["1", "C", "D"]), ("ctc", F32, ["1", "C", "Vctc"]), ("tail1_out", F32, ["1", "F", "K-1"]),
                ("tail2_out", F32, ["1", "D", "K-1"]), ("k_out", F32, ["L", "1", "H", "left", "dk"]),
                ("v_out", F32, ["L", "1", "H", "left", "dk"])],
}
MEMORY_IO = {
    "inputs": [("mem", F32, ["1", "S", "D"])],
    "outputs": [("mem_k", F32, ["Ld", "1", "H", "S", "dk"]), ("mem_v", F32, ["Ld", "1", "H", "S", "dk"])],
}
# A model with a sentence-type head adds its log-probabilities to the memory graph.
MEMORY_TYPE_IO = {"inputs": MEMORY_IO["inputs"],
                  "outputs": MEMORY_IO["outputs"] + [("type_logprobs", F32, ["1", "types"])]}
DECODER_IO = {
    "inputs": [("token", I64, ["B"]), ("pos", I64, ["1"]), ("self_k", F32, ["Ld", "B", "H", "P", "dk"]),
               ("self_v", F32, ["Ld", "B", "H", "P", "dk"]), ("mem_k", F32, ["Ld", "B", "H", "S", "dk"]),
               ("mem_v", F32, ["Ld", "B", "H", "S", "dk"]), ("mem_mask", F32, ["B", "1", "1", "S"])],
    "outputs": [("logprobs", F32, ["B", "Vtext"]), ("self_k_out", F32, ["Ld", "B", "H", "P+1", "dk"]),
                ("self_v_out", F32, ["Ld", "B", "H", "P+1", "dk"])],
}
SYMBOLIC = ("B", "P", "P+1", "S")  # the only dims that vary at run time


def _names(io, side: str) -> List[str]:
    return [n for n, _, _ in io[side]]


def _dynamic_axes(io) -> Dict[str, Dict[int, str]]:
    axes = {}
    for name, _, dims in io["inputs"] + io["outputs"]:
        sym = {i: d for i, d in enumerate(dims) if d in SYMBOLIC}
        if sym:
            axes[name] = sym
    return axes


def example_inputs(m: SignToText) -> Dict[str, tuple]:
    """Tracing inputs: random state, steps/valid not at their defaults, B = 2, P = 3, S = 5, so no
    size of a symbolic dim coincides with a fixed one and gets baked in."""
    c, g = m.cfg, geometry(m.cfg)
    gen = torch.Generator().manual_seed(0)
    r = lambda *s: torch.randn(*s, generator=gen)  # noqa: E731
    enc = (r(1, g["4C"], g["F"]), r(1, g["F"], g["K-1"]), r(1, g["D"], g["K-1"]),
           r(g["L"], 1, g["H"], g["left"], g["dk"]), r(g["L"], 1, g["H"], g["left"], g["dk"]),
           torch.tensor([3 * c.chunk]), torch.tensor([max(1, c.chunk - 1)]))
    b, p, s = 2, 3, 5
    dec = (torch.tensor([5, 6]) % c.text_vocab, torch.tensor([p]), r(g["Ld"], b, g["H"], p, g["dk"]),
           r(g["Ld"], b, g["H"], p, g["dk"]), r(g["Ld"], b, g["H"], s, g["dk"]), r(g["Ld"], b, g["H"], s, g["dk"]),
           torch.zeros(b, 1, 1, s))
    return {ENCODER: enc, MEMORY: (r(1, s, g["D"]),), DECODER: dec}


def export_graphs(model: SignToText, out_dir: str) -> None:
    """Writes the three fp32 graphs in eval mode (dropout off), with declared shapes, checked."""
    model.eval()
    fixed = geometry(model.cfg)
    ex = example_inputs(model)
    with torch.no_grad(), warnings.catch_warnings():
        # The tracer warns where model.py reads fixed sizes (the chunk length check, sqrt(dk)):
        # constants by design; parity.py would catch any size that must not be baked in.
        warnings.simplefilter("ignore", torch.jit.TracerWarning)
        memory_io = MEMORY_TYPE_IO if model.type_head is not None else MEMORY_IO
        for name, wrapper, io in ((ENCODER, EncoderStep, ENCODER_IO), (MEMORY, MemoryKv, memory_io),
                                  (DECODER, DecoderStep, DECODER_IO)):
            path = os.path.join(out_dir, name)
            torch.onnx.export(wrapper(model).eval(), ex[name], path, input_names=_names(io, "inputs"),
                              output_names=_names(io, "outputs"), dynamic_axes=_dynamic_axes(io),
                              opset_version=OPSET, do_constant_folding=True)
            _fix_shapes(path, io, fixed)  # also runs onnx.checker


def quantize_int8(out_dir: str, per_channel: bool) -> None:
    """Dynamic INT8 (weights int8, activations quantised at run time) of every MatMul/Gather.
    Conv stays float: onnxruntime's CPU ConvInteger has no int8-weight kernel, and the two convs
    are a small share of the weights."""
    try:
        from onnxruntime.quantization import QuantType, quantize_dynamic
    except ImportError as e:
        raise SystemExit(f"--int8 needs onnxruntime's Python package ({e}); use .venv/bin/python") from e
    for name in GRAPHS:
        path = os.path.join(out_dir, name)
        with tempfile.TemporaryDirectory() as tmp:
            fp32 = os.path.join(tmp, name)
            os.replace(path, fp32)
            quantize_dynamic(fp32, path, weight_type=QuantType.QInt8, per_channel=per_channel,
                             op_types_to_quantize=["MatMul", "Gather"])
        onnx.checker.check_model(onnx.load(path))


# ---- provenance ----
def _command(module: str, args: dict) -> str:
    """The exact command line of a run from its args.json (every option explicit)."""
    parts = ["python", "-m", module]
    for key, value in args.items():
        if value is None or value is False:
            continue
        flag = "--" + key.replace("_", "-")
        parts += [flag] if value is True else [flag, str(value)]
    return " ".join(shlex.quote(p) for p in parts)


def git_commit() -> Optional[str]:
    """HEAD, with "-dirty" when tracked files differ from it (read-only git plumbing)."""
    try:
        head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=REPO, capture_output=True, text=True, check=True)
        dirty = subprocess.run(["git", "diff-index", "--quiet", "HEAD", "--"], cwd=REPO, capture_output=True)
        return head.stdout.strip() + ("-dirty" if dirty.returncode else "")
    except (OSError, subprocess.CalledProcessError):
        return None


def training_block(bundle: dict, run_args: Optional[dict], checkpoint: str, corpus_command: Optional[str],
                   evaluation: Optional[dict], train_command: Optional[str], export_args: Sequence[str] = ()) -> dict:
    corpus_seed = None
    corpus = (run_args or {}).get("corpus")
    if corpus and os.path.exists(os.path.join(corpus, "corpus.json")):
        with open(os.path.join(corpus, "corpus.json"), encoding="utf-8") as f:
            corpus_seed = json.load(f).get("seed")
    figures = {}
    summary = bundle.get("summary") or {}
    if summary.get("dev_beam"):
        figures["devBeam"] = {k: v for k, v in summary["dev_beam"].items()}
    if summary.get("history"):
        figures["epochs"], figures["steps"] = summary.get("epoch"), summary.get("step")
    if evaluation:
        figures["eval"] = evaluation
    return {
        "command": train_command or (_command("training.slt.train", run_args) if run_args else None),
        "seed": (run_args or {}).get("seed"),
        "corpus": corpus,
        "corpusCommand": corpus_command,
        "corpusSeed": corpus_seed,
        "gitCommit": git_commit(),
        "checkpoint": checkpoint,
        "exportCommand": " ".join(shlex.quote(a) for a in ["python", "-m", "training.slt.export", *export_args]),
        "evaluation": figures,
    }


# ---- pack ----
def vocab_json(bundle: dict, training: dict, int8: bool) -> dict:
    c = SltConfig(**bundle["config"])
    names = bundle.get("feature_names")
    if names is not None and list(names) != list(FE.FEATURE_NAMES):
        raise ValueError(f"the bundle was trained on {len(names)} features that differ from features.py's "
                         f"{FE.FEATURE_DIM} (version {FE.FEATURE_VERSION}): retrain or export with the matching code")
    if c.feat_dim != FE.FEATURE_DIM:
        raise ValueError(f"feat_dim {c.feat_dim} != FEATURE_DIM {FE.FEATURE_DIM}: the runtime's features would not fit")
    if c.sentence_types not in (0, len(SENTENCE_TYPES)):
        raise ValueError(f"sentence_types {c.sentence_types}: expected 0 (no head) or {len(SENTENCE_TYPES)} "
                         f"({', '.join(SENTENCE_TYPES)})")
    if bundle["ctc_vocab"][BLANK] != "<blank>":
        raise ValueError(f"CTC id {BLANK} must be <blank>, got {bundle['ctc_vocab'][BLANK]!r}")
    return {
        "format": VOCAB_FORMAT, "version": 1,
        "featureVersion": FE.FEATURE_VERSION, "featureDim": c.feat_dim, "modelFps": FE.MODEL_FPS,
        "subsample": SUBSAMPLE, "chunk": c.chunk, "leftChunks": c.left_chunks, "dModel": c.d_model,
        "heads": c.heads, "encLayers": c.enc_layers, "decLayers": c.dec_layers, "convKernel": c.conv_kernel,
        "ctc": list(bundle["ctc_vocab"]), "ctcBlank": BLANK,
        "text": {"merges": [list(m) for m in bundle["text_merges"]], "end": END, "cont": CONT,
                 "vocab": list(bundle["text_vocab"]), "pad": PAD, "unk": UNK, "bos": BOS, "eos": EOS},
        "beam": bundle["decode"]["beam"], "alpha": bundle["decode"]["alpha"],
        **({"sentenceTypes": list(SENTENCE_TYPES), "typeWeight": DEFAULT_TYPE_WEIGHT} if c.sentence_types > 0 else {}),
        "maxLen": c.max_text_len - 2, "maxLenPerStep": MAX_LEN_PER_STEP, "maxLenExtra": MAX_LEN_EXTRA,
        "quantization": "int8-dynamic" if int8 else "none",
        "training": training,
    }


def manifest(out_dir: str, pack_id: str, version: str, description: str, name: str = DEFAULT_NAME,
             sign_language: str = DEFAULT_SIGN_LANGUAGE, spoken_language: str = DEFAULT_SPOKEN_LANGUAGE) -> dict:
    files = []
    for path, role in PACK_FILES:
        full = os.path.join(out_dir, path)
        e = {"path": path, "role": role, "sha256": sha256(full), "bytes": os.path.getsize(full)}
        if path.endswith(".onnx"):
            e["onnx"] = onnx_io(full)
        files.append(e)
    return {
        "schema": 1, "id": pack_id, "name": name,
        "signLanguage": sign_language, "spokenLanguage": spoken_language, "version": version, "license": LICENSE,
        "attribution": ATTRIBUTION, "commercialUse": True, "loadByDefault": pack_id == DEFAULT_ID,
        "capabilities": ["slt"], "description": description, "files": files,
    }


def describe(bundle: dict, int8: bool) -> str:
    c = SltConfig(**bundle["config"])
    dev = (bundle.get("summary") or {}).get("dev_beam") or {}
    score = (f" Dev (PyTorch, beam {bundle['decode']['beam']}): BLEU-4 {dev['bleu4']:.2f}, gloss WER "
             f"{dev['gloss_wer']:.2f}." if "bleu4" in dev else "")
    return (f"Streaming skeleton encoder ({c.enc_layers} layers, d {c.d_model}, chunks of "
            f"{SUBSAMPLE * c.chunk} frames at {FE.MODEL_FPS:g} fps) with CTC glosses and an English decoder "
            f"({c.dec_layers} layers){', weights INT8' if int8 else ''}.{score}")


def export_pack(bundle: dict, out_dir: str, pack_id: str = DEFAULT_ID, int8: bool = False,
                per_channel: bool = False, training: Optional[dict] = None, version: str = "0.1.0",
                name: str = DEFAULT_NAME, sign_language: str = DEFAULT_SIGN_LANGUAGE,
                spoken_language: str = DEFAULT_SPOKEN_LANGUAGE) -> dict:
    os.makedirs(out_dir, exist_ok=True)
    model = SignToText(SltConfig(**bundle["config"]))
    model.load_state_dict(bundle["model"])
    vocab = vocab_json(bundle, training or {}, int8)  # validates before anything is written
    export_graphs(model, out_dir)
    if int8:
        quantize_int8(out_dir, per_channel)
    with open(os.path.join(out_dir, VOCAB), "w", encoding="utf-8") as f:
        json.dump(vocab, f, ensure_ascii=False)
    m = manifest(out_dir, pack_id, version, describe(bundle, int8), name, sign_language, spoken_language)
    if training and training.get("command") and isinstance(training.get("seed"), int):
        m["training"] = training
    with open(os.path.join(out_dir, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(m, f, ensure_ascii=False, indent=2)
    return m


def load_run(run: Optional[str], bundle_path: Optional[str]) -> Tuple[dict, Optional[dict], str]:
    """(bundle, the run's args.json or None, checkpoint path). A run folder gives model.pt (final,
    with the beam-search dev figures), else best.pt, else the bundle inside last.pt."""
    if bundle_path is None:
        for name in ("model.pt", "best.pt", "last.pt"):
            if os.path.exists(os.path.join(run, name)):
                bundle_path = os.path.join(run, name)
                break
        else:
            raise SystemExit(f"{run}: no model.pt, best.pt or last.pt (train with training.slt.train first)")
    obj = torch.load(bundle_path, map_location="cpu")
    bundle = obj["bundle"] if "bundle" in obj and "config" not in obj else obj
    args_path = os.path.join(run or os.path.dirname(bundle_path), "args.json")
    run_args = obj.get("args")
    if run_args is None and os.path.exists(args_path):
        with open(args_path, encoding="utf-8") as f:
            run_args = json.load(f)
    return bundle, run_args, bundle_path


def main(argv: Optional[Sequence[str]] = None) -> dict:
    p = argparse.ArgumentParser(description="Export a trained slt bundle to a model pack (three ONNX graphs).")
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--run", help="run folder of training.slt.train (model.pt, else best.pt, else last.pt)")
    src.add_argument("--bundle", help="a bundle file (model.pt / best.pt, or last.pt)")
    p.add_argument("--out", required=True, help="pack folder, e.g. models/ase-slt")
    p.add_argument("--id", default=DEFAULT_ID, help=f"pack id (loaded by default only when {DEFAULT_ID})")
    p.add_argument("--version", default="0.1.0")
    p.add_argument("--name", default=DEFAULT_NAME, help="the manifest's pack name")
    p.add_argument("--sign-language", default=DEFAULT_SIGN_LANGUAGE,
                   help="the manifest's sign language, ISO 639-3 (ase, gsg, bfi…)")
    p.add_argument("--spoken-language", default=DEFAULT_SPOKEN_LANGUAGE,
                   help="the manifest's spoken language, a BCP 47 tag (en-US, de…)")
    p.add_argument("--int8", action="store_true", help="dynamic INT8 weights for MatMul/Gather")
    p.add_argument("--per-channel", action="store_true", help="with --int8: one scale per output channel")
    p.add_argument("--corpus-command", default=None, help="the command that generated the training corpus")
    p.add_argument("--train-command", default=None, help="override the command rebuilt from the run's args.json")
    p.add_argument("--eval", default=None, help="JSON of evaluation figures to record in slt-vocab.json")
    argv = list(sys.argv[1:] if argv is None else argv)
    a = p.parse_args(argv)
    if not ISO_639_3.match(a.sign_language):
        p.error(f"--sign-language {a.sign_language!r}: expected an ISO 639-3 code such as ase or gsg")
    if not BCP_47.match(a.spoken_language):
        p.error(f"--spoken-language {a.spoken_language!r}: expected a BCP 47 tag such as en-US or de")
    if not 1 <= len(a.name) <= 200:
        p.error(f"--name of {len(a.name)} characters: expected 1 to 200")
    bundle, run_args, ckpt = load_run(a.run, a.bundle)
    evaluation = None
    if a.eval:
        with open(a.eval, encoding="utf-8") as f:
            evaluation = json.load(f)
    training = training_block(bundle, run_args, ckpt, a.corpus_command, evaluation, a.train_command, argv)
    m = export_pack(bundle, a.out, a.id, a.int8, a.per_channel, training, a.version, a.name, a.sign_language,
                    a.spoken_language)
    for f in m["files"]:
        print(f"{f['path']}: {f['bytes'] / 2**20:.2f} MiB sha256 {f['sha256'][:12]}")
    return m


if __name__ == "__main__":
    main()
