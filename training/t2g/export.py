"""Export a trained bundle to a model pack: encoder.onnx, decoder.onnx, vocab.json, manifest.json.

  /usr/bin/python3 -m training.t2g.export --bundle training/runs/phoenix-a/final.pt --out models/gsg-phoenix

The decoder is a step without a key/value cache: it takes every prefix so far and returns the
next-token log-probabilities. Chosen by measured latency (see training/README.md): at these
sizes (glosses ≤ ~30 tokens, d = 256) the cache's extra inputs/outputs and copies cost more than
recomputing the short prefix.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
from typing import Dict, List

import onnx
import torch
import torch.nn as nn

from .model import ModelConfig, Seq2Seq
from .vocab import SPECIALS

OPSET = 17
VOCAB_FORMAT = "signbridge-t2g-vocab"
PHOENIX_ATTRIBUTION = (
    "Trained on RWTH-PHOENIX-Weather 2014T (N. C. Camgöz, S. Hadfield, O. Koller, H. Ney, R. Bowden: "
    "Neural Sign Language Translation, CVPR 2018), CC BY-NC-SA 3.0, as distributed in the public repo "
    "kayoyin/transformer-slt. Recipe: SignBridge training/t2g (pre-LN transformer, BPE source, "
    "word-level glosses, label smoothing, checkpoint averaging). Non-commercial use only."
)


class EncoderExport(nn.Module):
    def __init__(self, m: Seq2Seq):
        super().__init__()
        self.m = m

    def forward(self, src_ids: torch.Tensor, src_mask: torch.Tensor) -> torch.Tensor:
        return self.m.encode(src_ids, src_mask)


class DecoderStepExport(nn.Module):
    def __init__(self, m: Seq2Seq):
        super().__init__()
        self.m = m

    def forward(self, tgt_ids: torch.Tensor, memory: torch.Tensor, src_mask: torch.Tensor) -> torch.Tensor:
        return self.m.step_logprobs(tgt_ids, memory, src_mask)


ENCODER_IO = {
    "inputs": [("src_ids", "int64", ["batch", "src_len"]), ("src_mask", "float32", ["batch", "src_len"])],
    "outputs": [("memory", "float32", ["batch", "src_len", "d_model"])],
}
DECODER_IO = {
    "inputs": [("tgt_ids", "int64", ["batch", "tgt_len"]), ("memory", "float32", ["batch", "src_len", "d_model"]),
               ("src_mask", "float32", ["batch", "src_len"])],
    "outputs": [("logprobs", "float32", ["batch", "tgt_vocab"])],
}


def _dynamic_axes(io: Dict[str, list]) -> Dict[str, Dict[int, str]]:
    """Only the dims that vary at run time are symbolic; d_model and the vocab are fixed."""
    axes = {}
    for name, _, dims in io["inputs"] + io["outputs"]:
        axes[name] = {i: d for i, d in enumerate(dims) if d in ("batch", "src_len", "tgt_len")}
    return axes


def _fix_shapes(path: str, io: Dict[str, list], fixed: Dict[str, int]) -> None:
    """Give every graph input/output the declared shape: torch names some dims itself
    (e.g. "LayerNormalizationmemory_dim_2") where a fixed size or our symbolic name belongs."""
    m = onnx.load(path)
    declared = {name: dims for name, _, dims in io["inputs"] + io["outputs"]}
    for v in list(m.graph.input) + list(m.graph.output):
        dims = declared.get(v.name)
        if dims is None:
            continue
        shape = v.type.tensor_type.shape
        del shape.dim[:]
        for d in dims:
            dim = shape.dim.add()
            if d in fixed:
                dim.dim_value = fixed[d]
            else:
                dim.dim_param = d
    onnx.checker.check_model(m)
    onnx.save(m, path)


def export_onnx(model: Seq2Seq, out_dir: str) -> None:
    model.eval()
    src = torch.tensor([[5, 6, 7, 8, 9]], dtype=torch.long).repeat(2, 1)
    mask = torch.ones(2, 5)
    with torch.no_grad():
        mem = model.encode(src, mask)
        tgt = torch.tensor([[2, 5, 6]], dtype=torch.long).repeat(2, 1)
        torch.onnx.export(EncoderExport(model), (src, mask), os.path.join(out_dir, "encoder.onnx"),
                          input_names=["src_ids", "src_mask"], output_names=["memory"],
                          dynamic_axes=_dynamic_axes(ENCODER_IO), opset_version=OPSET, do_constant_folding=True)
        torch.onnx.export(DecoderStepExport(model), (tgt, mem, mask), os.path.join(out_dir, "decoder.onnx"),
                          input_names=["tgt_ids", "memory", "src_mask"], output_names=["logprobs"],
                          dynamic_axes=_dynamic_axes(DECODER_IO), opset_version=OPSET, do_constant_folding=True)
    fixed = {"d_model": model.cfg.d_model, "tgt_vocab": model.cfg.tgt_vocab}
    _fix_shapes(os.path.join(out_dir, "encoder.onnx"), ENCODER_IO, fixed)
    _fix_shapes(os.path.join(out_dir, "decoder.onnx"), DECODER_IO, fixed)


_ONNX_TYPES = {1: "float32", 7: "int64", 6: "int32", 9: "bool", 2: "uint8", 10: "float16", 11: "float64"}


def onnx_io(path: str) -> Dict[str, List[dict]]:
    """Inputs/outputs as the manifest lists them, read back from the exported graph itself."""
    g = onnx.load(path).graph
    inits = {i.name for i in g.initializer}

    def spec(v) -> dict:
        t = v.type.tensor_type
        dims = [d.dim_param if d.dim_param else int(d.dim_value) for d in t.shape.dim]
        return {"name": v.name, "type": _ONNX_TYPES[t.elem_type], "shape": dims}

    return {"inputs": [spec(v) for v in g.input if v.name not in inits], "outputs": [spec(v) for v in g.output]}


def sha256(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def vocab_json(bundle: dict) -> dict:
    cfg = bundle["config"]
    return {
        "format": VOCAB_FORMAT,
        "version": 1,
        "normalize": "phoenix-lower",
        "specials": {"pad": 0, "unk": 1, "bos": 2, "eos": 3, "tokens": SPECIALS},
        "bpe": {"merges": [list(m) for m in bundle["merges"]], "end": "</w>", "cont": "@@"},
        "src": bundle["src_vocab"],
        "tgt": bundle["tgt_vocab"],
        "model": {"dModel": cfg["d_model"], "maxLen": cfg["max_len"], "decoderCache": False},
        "decode": {"beam": bundle["decode"]["beam"], "alpha": bundle["decode"]["alpha"],
                   "maxLenPerSrc": 2, "maxLenExtra": 10, "maxLenCap": 200},
    }


def manifest(out_dir: str, bundle: dict, files: List[tuple]) -> dict:
    tiny = bool(bundle.get("tiny"))
    dev = bundle.get("summary", {}).get("dev", {})
    entries = []
    for path, role in files:
        full = os.path.join(out_dir, path)
        e = {"path": path, "role": role, "sha256": sha256(full), "bytes": os.path.getsize(full)}
        if path.endswith(".onnx"):
            e["onnx"] = onnx_io(full)
        entries.append(e)
    score = f" Dev BLEU-4 (PyTorch beam, 13a): {dev['bleu4']:.2f}." if "bleu4" in dev else ""
    return {
        "schema": 1,
        "id": "gsg-tiny-test" if tiny else "gsg-phoenix",
        "name": "Toy German → gloss model (tests only)" if tiny else "German → DGS glosses (PHOENIX-2014T weather)",
        "signLanguage": "gsg",
        "spokenLanguage": "de",
        "version": "1.0.0",
        "license": "Apache-2.0" if tiny else "CC-BY-NC-SA-3.0",
        "attribution": "Trained on a toy corpus generated by training/t2g/data.py." if tiny else PHOENIX_ATTRIBUTION,
        "commercialUse": tiny,
        "loadByDefault": False,
        "capabilities": ["t2g"],
        "description": ("Transformer text → gloss model for German weather-forecast language." + score),
        "files": entries,
    }


def export_pack(bundle: dict, out_dir: str) -> dict:
    os.makedirs(out_dir, exist_ok=True)
    model = Seq2Seq(ModelConfig(**bundle["config"]))
    model.load_state_dict(bundle["model"])
    export_onnx(model, out_dir)
    with open(os.path.join(out_dir, "vocab.json"), "w", encoding="utf-8") as f:
        json.dump(vocab_json(bundle), f, ensure_ascii=False)
    m = manifest(out_dir, bundle, [("encoder.onnx", "t2g-encoder"), ("decoder.onnx", "t2g-decoder"), ("vocab.json", "t2g-vocab")])
    with open(os.path.join(out_dir, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(m, f, ensure_ascii=False, indent=2)
    return m


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description="Export a trained t2g bundle (final.pt) to a model pack.")
    p.add_argument("--bundle", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--alpha", type=float, default=None, help="beam length penalty written to vocab.json")
    p.add_argument("--beam", type=int, default=None, help="default beam width written to vocab.json")
    a = p.parse_args(argv)
    bundle = torch.load(a.bundle, map_location="cpu")
    if a.alpha is not None or a.beam is not None:
        # The training summary's dev score was measured with the old settings: leave it out.
        bundle["summary"] = {**bundle.get("summary", {}), "dev": {}}
    if a.alpha is not None:
        bundle["decode"]["alpha"] = a.alpha
    if a.beam is not None:
        bundle["decode"]["beam"] = a.beam
    export_pack(bundle, a.out)


if __name__ == "__main__":
    main()
