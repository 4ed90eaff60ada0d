"""The corpus reader on a tiny hand-made corpus in the shard format, and the tiny-corpus generator
the other sign → text tests train on (random but learnable: each gloss and letter moves the right
hand to its own place with its own hand size; nothing from the lead's generator or ../shared)."""
from __future__ import annotations

import hashlib
import json
import math
import os
import shutil
import subprocess
import sys
import types

import numpy as np
import pytest

from training.synth.shards import CORPUS_FACE_POINTS, CORPUS_POINT_COUNT, PARTS, Corpus, iter_corpus

TINY_GLOSSES = {"HELLO": "hello", "YOU": "you", "NAME": "name", "GOOD": "good", "THANK": "thanks", "WHERE": "where"}
TINY_LETTERS = "ABDN"
FPS = 25  # the model rate (features.MODEL_FPS): no resampling in these tests
SIGN_FRAMES = (9, 13)  # frames per sign, drawn
LETTER_FRAMES = 7
REST_FRAMES = 3


TINY_TOKENS = list(TINY_GLOSSES) + ["#" + c for c in TINY_LETTERS]
HAND_SHAPE = np.random.default_rng(1234).normal(0, 1, (21, 3)).astype(np.float32)
HAND_SHAPE[0] = 0  # the wrist


def _place(token: str) -> tuple:
    """Each gloss and letter on its own cell of a 4 × 3 grid in front of the body, own hand size."""
    k = TINY_TOKENS.index(token)
    return 0.3 + 0.13 * (k % 4), 0.3 + 0.15 * (k // 4), 0.02 + 0.015 * (k % 3)


def _frames_for(tokens, rng):
    """Landmarks [T,109,3] and the frame span of each token."""
    body = np.zeros((CORPUS_POINT_COUNT, 3), np.float32)
    body[:, 0], body[:, 1] = 0.5, 0.25
    body += rng.normal(0, 0.01, body.shape).astype(np.float32)
    body[11], body[12] = (0.4, 0.5, 0), (0.6, 0.5, 0)  # shoulders
    hand_shape = HAND_SHAPE
    frames, spans = [], []
    rest = np.array([0.55, 0.85, 0.0], np.float32)
    for tok in tokens:
        n = LETTER_FRAMES if tok.startswith("#") else int(rng.integers(*SIGN_FRAMES))
        x, y, size = _place(tok)
        start = len(frames) + REST_FRAMES
        for k in range(REST_FRAMES + n):
            f = body + rng.normal(0, 0.002, body.shape).astype(np.float32)
            if k < REST_FRAMES:
                wrist = rest + (np.array([x, y, 0]) - rest) * (k + 1) / (REST_FRAMES + 1)
                s = 0.04
            else:
                a = 2 * math.pi * (k - REST_FRAMES) / n
                wrist, s = np.array([x + 0.03 * math.cos(a), y + 0.03 * math.sin(a), 0.0]), size
            r0 = PARTS["rightHand"][0]
            f[r0 : r0 + 21] = wrist + s * hand_shape
            f[16] = wrist  # pose right wrist
            frames.append(f)
        spans.append((start, start + n))
    out = np.stack(frames).astype(np.float32)
    if rng.random() < 0.3:  # a left hand lost for a few frames, as detectors do
        l0 = PARTS["leftHand"][0]
        out[:4, l0 : l0 + 21] = np.nan
    return out, spans


def write_tiny_corpus(root: str, n_train: int = 48, n_dev: int = 12, seed: int = 0, per_shard: int = 16) -> str:
    """A corpus folder as docs/corpus.md describes it: corpus.jsonl, shards/*.f16 + .jsonl + index.json."""
    rng = np.random.default_rng(seed)
    shard_dir = os.path.join(root, "shards")
    os.makedirs(shard_dir, exist_ok=True)
    records, shards = [], {}
    for i in range(n_train + n_dev):
        words = list(rng.choice(list(TINY_GLOSSES), size=int(rng.integers(2, 4)), replace=False))
        glosses = list(words)
        name = None
        if rng.random() < 0.25:
            name = "".join(rng.choice(list(TINY_LETTERS), size=3))
            glosses.append("fs-" + name)
        tokens = [t for g in glosses for t in (["#" + c for c in g[3:]] if g.startswith("fs-") else [g])]
        lm, spans = _frames_for(tokens, rng)
        # English reverses the signs (the decoder must attend, not copy) and spells the name.
        eng = [name.capitalize() if g.startswith("fs-") else TINY_GLOSSES[g] for g in reversed(glosses)]
        sentence = " ".join(eng).capitalize()
        gl, t = [], 0
        for g in glosses:
            n = len(g) - 3 if g.startswith("fs-") else 1
            gl.append({"gloss": g, "start": spans[t][0], "end": spans[t + n - 1][1]})
            t += n
        shard = i // per_shard
        buf = shards.setdefault(shard, [])
        offset = sum(x.shape[0] for _, x in buf)
        rec = {"id": f"u{i:06d}", "split": "train" if i < n_train else "dev", "kind": "statement",
               "english": [sentence + ".", sentence + "!"], "glosses": gl, "nonManual": [],
               "fingerspelled": [name] if name else [], "pair": None, "fps": FPS, "frames": int(lm.shape[0]),
               "seed": int(seed * 100000 + i), "shard": shard, "offset": offset}
        buf.append((rec, lm))
        records.append(rec)
    index = []
    for shard, items in sorted(shards.items()):
        blob = np.concatenate([x for _, x in items]).astype("<f2").tobytes()
        base = os.path.join(shard_dir, f"shard-{shard:05d}")
        with open(base + ".f16", "wb") as f:
            f.write(blob)
        with open(base + ".jsonl", "w") as f:
            f.writelines(json.dumps(r) + "\n" for r, _ in items)
        index.append({"file": f"shard-{shard:05d}.f16", "firstId": items[0][0]["id"], "utterances": len(items),
                      "frames": len(blob) // (CORPUS_POINT_COUNT * 6), "bytes": len(blob),
                      "sha256": hashlib.sha256(blob).hexdigest()})
    with open(os.path.join(shard_dir, "index.json"), "w") as f:
        json.dump({"shards": index}, f)
    with open(os.path.join(root, "corpus.jsonl"), "w") as f:
        f.writelines(json.dumps(r) + "\n" for r in records)
    return root


def stand_in_features(frames: np.ndarray, fps: float) -> np.ndarray:
    """x, y of every point relative to the shoulder centre, NaN → 0 (tests only)."""
    centre = (frames[:, 11:12, :2] + frames[:, 12:13, :2]) / 2
    return np.nan_to_num(frames[:, :, :2] - centre).reshape(frames.shape[0], -1).astype(np.float32)


def ensure_features() -> None:
    """Use training/slt/features.py when it exists, else a stand-in with its interface."""
    try:
        import training.slt.features  # noqa: F401
    except ImportError:
        mod = types.ModuleType("training.slt.features")
        mod.FEATURE_DIM = CORPUS_POINT_COUNT * 2
        mod.FEATURE_NAMES = [f"p{i}.{a}" for i in range(CORPUS_POINT_COUNT) for a in "xy"]
        mod.sequence_features = stand_in_features
        mod.__file__ = __file__
        sys.modules["training.slt.features"] = mod
        import training.slt

        training.slt.features = mod


def test_reader_returns_each_utterance_at_its_offset(tmp_path):
    root = write_tiny_corpus(str(tmp_path / "c"), n_train=10, n_dev=3, per_shard=4)
    corpus = Corpus(root)
    assert len(corpus) == 13 and len(corpus.split("dev")) == 3
    assert sorted(os.listdir(tmp_path / "c" / "shards"))[:2] == ["index.json", "shard-00000.f16"]
    seen = 0
    for rec, frames in iter_corpus(root):
        assert frames.dtype == np.float32 and frames.shape == (rec["frames"], 109, 3)
        # the shoulders the generator pinned, at this utterance's offset and not a neighbour's
        np.testing.assert_allclose(frames[:, 11, 0], 0.4, atol=0.01)
        wrist = frames[rec["glosses"][0]["start"] :, 16, :2]
        assert np.isfinite(wrist).all()
        seen += 1
    assert seen == 13
    dev = list(iter_corpus(root, split="dev"))
    assert [r["id"] for r, _ in dev] == ["u000010", "u000011", "u000012"]
    assert corpus.shard_key(1) == json.load(open(tmp_path / "c" / "shards" / "index.json"))["shards"][1]["sha256"]


def test_reader_uses_complete_shards_before_corpus_jsonl_exists(tmp_path):
    root = write_tiny_corpus(str(tmp_path / "c"), n_train=9, n_dev=0, per_shard=4)
    os.remove(os.path.join(root, "corpus.jsonl"))
    os.remove(os.path.join(root, "shards", "shard-00002.jsonl"))  # shard 2 still being written
    assert [r["id"] for r in Corpus(root).records] == [f"u{i:06d}" for i in range(8)]


def test_reader_rejects_a_record_past_its_shard(tmp_path):
    root = write_tiny_corpus(str(tmp_path / "c"), n_train=2, n_dev=0)
    corpus = Corpus(root)
    rec = dict(corpus.records[1], frames=10_000)
    with pytest.raises(ValueError, match="outside shard 0"):
        corpus.frames(rec)


@pytest.mark.skipif(shutil.which("npx") is None, reason="node is not installed")
def test_face_points_match_the_typescript_layout():
    repo = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
    script = ("import {CORPUS_FACE_POINTS, CORPUS_POINT_COUNT} from './src/shared/synth/points.ts';"
              "console.log(JSON.stringify([CORPUS_FACE_POINTS, CORPUS_POINT_COUNT]))")
    try:
        out = subprocess.run(["npx", "tsx", "-e", script], cwd=repo, capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired:
        pytest.skip("tsx took over 60 s (a busy machine)")
    if out.returncode != 0:
        pytest.skip(f"tsx did not run: {out.stderr[-300:]}")
    face, count = json.loads(out.stdout.strip().splitlines()[-1])
    assert tuple(face) == CORPUS_FACE_POINTS and count == CORPUS_POINT_COUNT
