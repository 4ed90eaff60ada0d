"""The recipe on the toy corpus: a short loop lowers the loss, the model learns the toy
reordering, beam search decodes it, and the export writes a valid pack."""
import json
import os

import onnx
import torch

from training.t2g import train
from training.t2g.data import tiny_corpus
from training.t2g.decode import beam_one, greedy_translate


def test_tiny_training_exports_a_pack(tmp_path):
    out = tmp_path / "pack"
    summary = train.main(["--tiny", "--run", str(tmp_path / "run"), "--out", str(out)])
    losses = summary["losses"]
    assert losses[-1] < 0.6 * losses[0], losses
    assert summary["dev"]["bleu4"] > 80.0

    m = json.loads((out / "manifest.json").read_text())
    assert m["capabilities"] == ["t2g"] and m["loadByDefault"] is False
    roles = {f["role"]: f for f in m["files"]}
    assert set(roles) == {"t2g-encoder", "t2g-decoder", "t2g-vocab"}
    for f in m["files"]:
        assert os.path.getsize(out / f["path"]) == f["bytes"]
    dec = onnx.load(str(out / "decoder.onnx"))
    onnx.checker.check_model(dec)
    assert max(o.version for o in dec.opset_import if o.domain in ("", "ai.onnx")) <= 17
    assert roles["t2g-decoder"]["onnx"]["inputs"][0] == {"name": "tgt_ids", "type": "int64", "shape": ["batch", "tgt_len"]}
    assert roles["t2g-encoder"]["onnx"]["outputs"][0]["shape"][-1] == 64  # the toy d_model

    bundle = torch.load(tmp_path / "run" / "final.pt")
    from training.t2g.model import ModelConfig, Seq2Seq
    from training.t2g.text import Bpe, normalize
    from training.t2g.vocab import Vocab
    model = Seq2Seq(ModelConfig(**bundle["config"]))
    model.load_state_dict(bundle["model"])
    bpe, sv, tv = Bpe(bundle["merges"]), Vocab(bundle["src_vocab"]), Vocab(bundle["tgt_vocab"])
    src = sv.ids(bpe.encode(normalize("Im Norden gibt es morgen viel Regen.")))
    assert tv.tokens(beam_one(model, src, 4, 1.0)) == ["MORGEN", "NORD", "REGEN", "VIEL"]
    assert tv.tokens(greedy_translate(model, [src])[0]) == ["MORGEN", "NORD", "REGEN", "VIEL"]


def test_tiny_corpus_is_generated_not_phoenix():
    src, tgt = tiny_corpus(10, seed=3)
    assert len(src) == len(tgt) == 10
    assert all(s.endswith(" .") and " gibt es " in s for s in src)


def test_annotation_markers_are_dropped_from_targets():
    from training.t2g.data import drop_markers
    assert drop_markers("__ON__ LIEB ZUSCHAUER ABEND __OFF__") == "LIEB ZUSCHAUER ABEND"
    assert drop_markers("REGEN __??__ __??NEBEL__ loc-NORD S+H") == "REGEN loc-NORD S+H"
