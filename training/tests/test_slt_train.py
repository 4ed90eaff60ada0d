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
