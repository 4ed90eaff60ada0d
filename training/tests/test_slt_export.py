"""The slt pack export: three ONNX graphs that pass the checker with the contract's names and
symbolic dims, the same numbers as PyTorch's streaming/decoder steps (≤ 1e-4, onnxruntime), a
manifest the project's own verifier accepts, provenance in slt-vocab.json, and INT8 graphs that
load and run."""
import json
import os
import shutil
import subprocess

import numpy as np
import onnx
import pytest
import torch

from training.slt import export as E
from training.slt import features as FE
from training.slt import parity as P

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
CLI = os.path.join(ROOT, "dist", "node", "cli.mjs")
TINY_ID = "ase-slt-tiny-test"
CORPUS_COMMAND = "npm run --silent cli -- synth --pack ase --seed 7 --out /tmp/corpus"


def ort_missing() -> str:
    try:
        import onnxruntime  # noqa: F401

        return ""
    except ImportError as e:
        return f"onnxruntime is not importable here ({e}); run with .venv/bin/python"


@pytest.fixture(scope="module")
def packs(tmp_path_factory):
    """A run folder (model.pt + args.json as training.slt.train leaves them), exported fp32 and INT8."""
    root = tmp_path_factory.mktemp("slt-export")
    run = root / "run"
    run.mkdir()
    torch.save(P.tiny_bundle(), run / "model.pt")
    (run / "args.json").write_text(json.dumps({"corpus": "/tmp/corpus", "out": str(run), "seed": 5,
                                               "resume": False, "d_model": 32, "cache": None}))
    fp32, int8 = root / "fp32", root / "int8"
    common = ["--run", str(run), "--id", TINY_ID, "--corpus-command", CORPUS_COMMAND]
    E.main(common + ["--out", str(fp32)])
    if not ort_missing():
        E.main(common + ["--out", str(int8), "--int8"])
    return {"run": run, "fp32": str(fp32), "int8": str(int8)}


def load_manifest(pack: str) -> dict:
    with open(os.path.join(pack, "manifest.json"), encoding="utf-8") as f:
        return json.load(f)


def test_graphs_pass_the_checker_with_the_contract_io(packs):
    files = {f["path"]: f for f in load_manifest(packs["fp32"])["files"]}
    assert [(p, files[p]["role"]) for p in files] == list(E.PACK_FILES)
    for name in E.GRAPHS:
        g = onnx.load(os.path.join(packs["fp32"], name))
        onnx.checker.check_model(g)
        assert max(o.version for o in g.opset_import if o.domain in ("", "ai.onnx")) >= 13
        assert not any(n.op_type in ("Dropout", "RandomUniformLike", "RandomUniform") for n in g.graph.node), name
    enc, dec = files[E.ENCODER]["onnx"], files[E.DECODER]["onnx"]
    assert [i["name"] for i in enc["inputs"]] == ["feats", "tail1", "tail2", "k", "v", "steps", "valid"]
    assert [o["name"] for o in enc["outputs"]] == ["mem", "ctc", "tail1_out", "tail2_out", "k_out", "v_out"]
    assert enc["inputs"][0]["shape"] == [1, 8, FE.FEATURE_DIM]
    assert enc["inputs"][3]["shape"] == [2, 1, 4, 4, 8]  # L, 1, H, left = 2 chunks × 2, dk
    assert [i["shape"] for i in dec["inputs"]][:3] == [["B"], [1], [2, "B", 4, "P", 8]]
    assert dec["inputs"][6] == {"name": "mem_mask", "type": "float32", "shape": ["B", 1, 1, "S"]}
    assert dec["outputs"][1]["shape"] == [2, "B", 4, "P+1", 8]
    assert files[E.MEMORY]["onnx"]["outputs"][0]["shape"] == [2, 1, 4, "S", 8]


def test_manifest_and_vocab_record_license_and_provenance(packs):
    m = load_manifest(packs["fp32"])
    assert (m["id"], m["capabilities"], m["license"], m["commercialUse"]) == (TINY_ID, ["slt"], "CC-BY-4.0", True)
    assert m["loadByDefault"] is False  # only the real ase-slt pack loads by default
    assert m["attribution"] == E.ATTRIBUTION
    with open(os.path.join(packs["fp32"], E.VOCAB), encoding="utf-8") as f:
        v = json.load(f)
    assert (v["featureDim"], v["featureVersion"], v["modelFps"], v["subsample"]) == (
        FE.FEATURE_DIM, FE.FEATURE_VERSION, 25.0, 4)
    assert (v["chunk"], v["leftChunks"], v["beam"], v["alpha"], v["quantization"]) == (2, 2, 3, 0.8, "none")
    assert v["ctc"][:3] == ["<blank>", "<unk>", "#A"] and "BATHROOM" in v["ctc"]
    assert v["text"]["vocab"][:4] == ["<pad>", "<unk>", "<s>", "</s>"] and v["text"]["bos"] == 2
    t = v["training"]
    assert t["command"].startswith("python -m training.slt.train --corpus /tmp/corpus")
    assert "--seed 5" in t["command"] and "--resume" not in t["command"] and "--cache" not in t["command"]
    assert (t["seed"], t["corpusCommand"]) == (5, CORPUS_COMMAND)
    assert t["checkpoint"].endswith("model.pt")
    assert t["exportCommand"].startswith("python -m training.slt.export --run ")
    assert "--id " + TINY_ID in t["exportCommand"]
    assert m["training"] == t  # the manifest carries the same provenance (TrainingProvenanceSchema)


def test_manifest_labels_default_to_asl_and_follow_the_options(packs, tmp_path):
    m = load_manifest(packs["fp32"])
    assert (m["name"], m["signLanguage"], m["spokenLanguage"]) == (
        "American Sign Language → English (sign → text)", "ase", "en-US")
    out = tmp_path / "gsg"
    E.main(["--run", str(packs["run"]), "--id", "gsg-letters-slt", "--out", str(out), "--sign-language", "gsg",
            "--spoken-language", "de", "--name", "DGS-Fingeralphabet → Buchstaben"])
    g = load_manifest(str(out))
    assert (g["name"], g["signLanguage"], g["spokenLanguage"]) == ("DGS-Fingeralphabet → Buchstaben", "gsg", "de")
    assert "--sign-language gsg" in g["training"]["exportCommand"]


@pytest.mark.parametrize("flag, value", [("--sign-language", "DGS"), ("--spoken-language", "german")])
def test_export_refuses_labels_the_manifest_schema_rejects(packs, tmp_path, flag, value, capsys):
    with pytest.raises(SystemExit):
        E.main(["--run", str(packs["run"]), "--out", str(tmp_path / "p"), flag, value])
    assert value in capsys.readouterr().err
    assert not os.path.exists(tmp_path / "p" / "manifest.json")


def test_export_refuses_a_bundle_with_other_features(tmp_path):
    b = P.tiny_bundle()
    b["feature_names"] = list(b["feature_names"])[:-1] + ["something_else"]
    with pytest.raises(ValueError, match="differ from features.py"):
        E.export_pack(b, str(tmp_path / "pack"), TINY_ID)
    assert not os.path.exists(tmp_path / "pack" / "manifest.json")


@pytest.mark.skipif(bool(ort_missing()), reason=ort_missing() or "onnxruntime present")
def test_onnx_matches_pytorch_streaming_and_cached_decoding(packs):
    m = P.model_of(torch.load(os.path.join(packs["run"], "model.pt")))
    cases = P.inputs_for(m, ["random", "realistic"], [5, 41])  # shorter than a chunk; past the window
    worst = P.check(m, packs["fp32"], cases, log=lambda _: None)
    assert set(worst) >= {"mem", "ctc", "k", "v", "tail1", "tail2", "mem_k", "mem_v", "logprobs", "self_k"}
    assert max(worst.values()) <= P.TOLERANCE, worst


@pytest.mark.skipif(bool(ort_missing()), reason=ort_missing() or "onnxruntime present")
def test_parity_notices_a_wrong_graph(packs, tmp_path):
    """Guard against a check that cannot fail: the decoder of another model must be caught."""
    other = P.tiny_bundle()
    other["model"] = {k: (v + 0.05 if v.dtype.is_floating_point else v) for k, v in other["model"].items()}
    E.export_pack(other, str(tmp_path / "other"), TINY_ID)
    mixed = tmp_path / "mixed"
    shutil.copytree(packs["fp32"], mixed)
    shutil.copy(tmp_path / "other" / E.DECODER, mixed / E.DECODER)
    m = P.model_of(torch.load(os.path.join(packs["run"], "model.pt")))
    worst = P.check(m, str(mixed), P.inputs_for(m, ["realistic"], [20]), log=lambda _: None)
    assert worst["mem"] <= P.TOLERANCE and worst["logprobs"] > 1e-3


@pytest.mark.skipif(not (shutil.which("node") and os.path.exists(CLI)), reason=f"node or {CLI} missing (npm run build)")
def test_the_project_verifier_accepts_the_packs_and_catches_a_changed_file(packs, tmp_path):
    for pack in [packs["fp32"]] + ([packs["int8"]] if not ort_missing() else []):
        r = subprocess.run(["node", CLI, "packs", "verify", "--dir", pack, "--json"], capture_output=True, text=True)
        assert r.returncode == 0 and json.loads(r.stdout)["ok"], r.stdout + r.stderr
    bad = tmp_path / "bad"
    shutil.copytree(packs["fp32"], bad)
    with open(bad / E.VOCAB, "a", encoding="utf-8") as f:
        f.write(" ")
    r = subprocess.run(["node", CLI, "packs", "verify", "--dir", str(bad), "--json"], capture_output=True, text=True)
    assert not json.loads(r.stdout)["ok"]


@pytest.mark.skipif(bool(ort_missing()), reason=ort_missing() or "onnxruntime present")
def test_int8_graphs_have_int8_weights_load_and_run_close_to_fp32(packs):
    g = onnx.load(os.path.join(packs["int8"], E.DECODER))
    assert any(i.data_type == onnx.TensorProto.INT8 for i in g.graph.initializer)
    with open(os.path.join(packs["int8"], E.VOCAB), encoding="utf-8") as f:
        assert json.load(f)["quantization"] == "int8-dynamic"
    m = P.model_of(torch.load(os.path.join(packs["run"], "model.pt")))
    worst = P.check(m, packs["int8"], P.inputs_for(m, ["realistic"], [30]), log=lambda _: None)
    assert all(np.isfinite(v) for v in worst.values())
    assert 0 < worst["logprobs"] < 0.5, worst  # quantised, so not exact, but the same model
