"""The sign → text recipe on a generated tiny corpus: training lowers the loss and writes a
bundle that decodes with a confidence; a resumed run continues exactly where it stopped."""
import math

import numpy as np
import pytest
import torch

from training.tests.test_slt_shards import ensure_features, write_tiny_corpus

TINY_MODEL = ["--d-model", "48", "--heads", "2", "--ff", "96", "--enc-layers", "2", "--dec-layers", "1",
              "--chunk", "2", "--left-chunks", "2", "--bpe-merges", "20", "--max-frames", "800",
              "--warmup", "30", "--lr", "3e-3", "--log-every", "1000", "--threads", "1"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    ensure_features()
    return write_tiny_corpus(str(tmp_path_factory.mktemp("corpus")), n_train=64, n_dev=16, seed=0)


def run(corpus, out, *extra):
    from training.slt import train

    return train.main(["--corpus", corpus, "--out", str(out), "--seed", "3", *TINY_MODEL, *extra])


def test_tiny_run_lowers_the_loss_and_decodes_with_a_confidence(corpus, tmp_path):
    s = run(corpus, tmp_path / "run", "--epochs", "30", "--dropout", "0.1")
    first, last = np.mean(s["step_losses"][:4]), np.mean(s["step_losses"][-4:])
    assert s["stopped"] is None and s["epoch"] == 30
    assert last < 0.3 * first, (first, last)
    assert s["history"][-1]["gloss_wer"] < 80.0  # it reads glosses of unseen dev utterances
    assert (tmp_path / "run" / "summary.json").exists()

    from training.slt.data import synth_utterances, compute_features
    from training.slt.decode import translate
    from training.slt.model import SignToText, SltConfig
    from training.slt.vocab import CtcVocab, TextCodec

    b = torch.load(tmp_path / "run" / "model.pt")
    model = SignToText(SltConfig(**b["config"]))
    model.load_state_dict(b["model"])
    u = [u for u in synth_utterances(corpus)[0] if u.split == "dev"][0]
    t = translate(model, compute_features(u), CtcVocab(b["ctc_vocab"]), TextCodec(b["text_merges"], b["text_vocab"]))
    assert isinstance(t.text, str) and t.text and all(isinstance(g, str) for g in t.glosses)
    assert 0.0 <= t.confidence <= 1.0 and math.isfinite(t.confidence)


def test_resume_gives_the_same_next_losses_as_an_uninterrupted_run(corpus, tmp_path):
    # 4 batches per epoch: step 6 stops inside epoch 2; dropout on, so the RNG state must carry over.
    whole = run(corpus, tmp_path / "a", "--epochs", "3", "--stop-at-step", "8")
    first = run(corpus, tmp_path / "b", "--epochs", "3", "--stop-at-step", "6")
    assert first["stopped"] == "--stop-at-step" and first["step"] == 6
    resumed = run(corpus, tmp_path / "b", "--epochs", "3", "--stop-at-step", "8", "--resume")
    assert resumed["step_losses"] == whole["step_losses"][6:8]
    assert first["step_losses"] == whole["step_losses"][:6]


def test_init_fine_tunes_a_trained_model_and_adds_the_sentence_type_head(corpus, tmp_path):
    run(corpus, tmp_path / "a", "--epochs", "2")
    a = torch.load(tmp_path / "a" / "model.pt")
    s = run(corpus, tmp_path / "b", "--epochs", "1", "--init", str(tmp_path / "a" / "last.pt"),
            "--type-weight", "0.5", "--d-model", "64")  # the checkpoint's architecture wins
    b = torch.load(tmp_path / "b" / "model.pt")
    assert b["config"] == {**a["config"], "sentence_types": 4}
    assert b["ctc_vocab"] == a["ctc_vocab"] and b["text_vocab"] == a["text_vocab"]
    assert "type_head.weight" in b["model"] and "type_head.weight" not in a["model"]
    assert torch.equal(b["model"]["feat_mean"], a["model"]["feat_mean"])
    assert all(math.isfinite(x) for x in s["step_losses"])


def test_the_sentence_type_head_reads_only_valid_steps():
    from training.slt.model import SignToText, SltConfig

    torch.manual_seed(0)
    m = SignToText(SltConfig(feat_dim=8, ctc_vocab=5, text_vocab=7, d_model=16, heads=2, ff=32, enc_layers=1,
                             dec_layers=1, chunk=2, left_chunks=2, sentence_types=4)).eval()
    x = torch.randn(1, 40, 8)
    padded = torch.cat([x, torch.randn(1, 24, 8) * 100], dim=1)
    with torch.no_grad():
        mem, steps = m.encode(x, torch.tensor([40]))
        mem2, steps2 = m.encode(padded, torch.tensor([40]))
        a, b = m.sentence_type_logits(mem, steps), m.sentence_type_logits(mem2, steps2)
    assert a.shape == (1, 4)
    assert torch.allclose(a, b, atol=1e-5)
