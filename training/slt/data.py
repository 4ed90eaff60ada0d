"""Utterances for sign → text: the synthetic corpus (shards) or real `.pose` files with a CSV,
their features (training/slt/features.py, cached per shard), and length-bucketed batches.

Batches are drawn for the whole job (all ranks build the same list from the same seed), then
each rank takes its slice of every batch: one process and N processes see the same effective
batch, and the loss is normalised by the global token counts (see train.py).
"""
from __future__ import annotations

import csv
import hashlib
import os
import random
import struct
import zlib
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import numpy as np
import torch

from ..synth.shards import CORPUS_FACE_POINTS, CORPUS_POINT_COUNT, PARTS, Corpus
from ..t2g.vocab import BOS, EOS, PAD

F16_MAX = 65504.0
STATS_MAX_FRAMES = 400_000  # frames sampled for the feature mean/std
DEV_EVERY = 20  # a CSV without a split column: 1 in 20 files (by name hash) is dev


def feature_module():
    """training/slt/features.py, imported late so this recipe loads before it exists."""
    from . import features

    return features


@dataclass
class Utterance:
    id: str
    split: str
    frames: int
    fps: float
    glosses: List[str]
    english: List[str]
    load: Callable[[], np.ndarray] = field(repr=False)  # landmarks [T,109,3] float32, NaN = missing
    shard: Optional[int] = None
    offset: int = 0
    aspect: float = 1.0  # image width / height (features read x in isotropic units)
    native_frames: int = -1  # frames as recorded; `frames` counts them at MODEL_FPS

    def __post_init__(self) -> None:
        if self.native_frames < 0:
            self.native_frames = self.frames
            self.frames = feature_module().resampled_length(self.frames, self.fps)


def synth_utterances(root: str) -> Tuple[List[Utterance], Corpus]:
    corpus = Corpus(root)
    out = []
    for r in corpus.records:
        out.append(Utterance(str(r["id"]), str(r["split"]), int(r["frames"]), float(r.get("fps", 30)),
                             [g["gloss"] for g in r.get("glosses", [])], list(r.get("english", [])),
                             (lambda r=r: corpus.frames(r)), int(r["shard"]), int(r["offset"]),
                             float(r.get("width", 1)) / float(r.get("height", 1))))
    return out, corpus


# ---- real recordings: pose-format files listed in a CSV ----
PART_OF_COMPONENT = {"POSE_LANDMARKS": "pose", "LEFT_HAND_LANDMARKS": "leftHand",
                     "RIGHT_HAND_LANDMARKS": "rightHand", "FACE_LANDMARKS": "face"}
_FACE_SLOT = {m: i for i, m in enumerate(CORPUS_FACE_POINTS)}


def to_corpus_points(components: Sequence[Tuple[str, str, Sequence[str]]], data: np.ndarray,
                     conf: np.ndarray) -> np.ndarray:
    """pose-format components (name, format, point names), data [T,points,dims], confidence
    [T,points] → [T,109,3]. Pose and hand points by position (MediaPipe order), face points by
    their mesh-index names; confidence 0 (not detected) → NaN."""
    out = np.full((data.shape[0], CORPUS_POINT_COUNT, 3), np.nan, np.float32)
    first = 0
    for name, fmt, points in components:
        part = PART_OF_COMPONENT.get(name)
        if part is not None:
            dims = [fmt.index(a) if a in fmt[:-1] else -1 for a in "XYZ"]
            start, count = PARTS[part]
            for i, pname in enumerate(points):
                if part == "face":
                    slot = _FACE_SLOT.get(int(pname)) if pname.isdigit() else None
                else:
                    slot = i if i < count else None
                if slot is None:
                    continue
                seen = conf[:, first + i] > 0
                for a, d in enumerate(dims):
                    if d >= 0:
                        out[:, start + slot, a] = np.where(seen, data[:, first + i, d], np.nan)
        first += len(points)
    return out


def _read_pose_minimal(buf: bytes):
    """pose-format v0.1/v0.2 (as src/shared/pose-format/decode.ts): header, then float32 data
    [frames,people,points,dims] and confidence [frames,people,points]."""
    at = 0

    def take(fmt: str):
        nonlocal at
        vals = struct.unpack_from("<" + fmt, buf, at)
        at += struct.calcsize("<" + fmt)
        return vals

    def text() -> str:
        nonlocal at
        (n,) = take("H")
        s = buf[at : at + n].decode("utf-8")
        at += n
        return s

    (version,) = take("f")
    if round(version, 3) not in (0.1, 0.2):
        raise ValueError(f"pose-format version {version} is not readable without the pose_format library; expected 0.1 or 0.2")
    width, height, _depth = take("HHH")
    (ncomp,) = take("H")
    comps = []
    for _ in range(ncomp):
        name, fmt = text(), text()
        npts, nlimbs, ncolors = take("HHH")
        points = [text() for _ in range(npts)]
        at += 4 * nlimbs + 6 * ncolors
        comps.append((name, fmt, points))
    fps, frames = take("HH") if round(version, 3) == 0.1 else take("fI")
    (people,) = take("H")
    npts = sum(len(p) for _, _, p in comps)
    dims = len(comps[0][1]) - 1 if comps else 0
    frame_bytes = people * npts * (dims + 1) * 4
    if round(version, 3) == 0.1 and frame_bytes:
        frames = (len(buf) - at) // frame_bytes  # v0.1's uint16 frame count overflows
    data = np.frombuffer(buf, "<f4", frames * people * npts * dims, at).reshape(frames, people, npts, dims)
    conf = np.frombuffer(buf, "<f4", frames * people * npts, at + data.nbytes).reshape(frames, people, npts)
    return comps, data[:, 0], conf[:, 0], float(fps), (width, height)


def read_pose(path: str) -> Tuple[np.ndarray, float, float]:
    """A `.pose` file → (landmarks [T,109,3] float32 with NaN, fps, aspect = width / height).
    x and y are normalised by the image size, as the corpus and the app's frames hold them
    (pose-format stores pixels); z is kept as MediaPipe gives it (in image widths)."""
    with open(path, "rb") as f:
        buf = f.read()
    try:
        from pose_format import Pose  # the field's reader when installed
    except ImportError:
        comps, data, conf, fps, (width, height) = _read_pose_minimal(buf)
    else:
        pose = Pose.read(buf)
        comps = [(c.name, c.format, list(c.points)) for c in pose.header.components]
        data = np.asarray(pose.body.data.data)[:, 0]
        conf = np.asarray(pose.body.confidence)[:, 0]
        fps = float(pose.body.fps)
        width, height = pose.header.dimensions.width, pose.header.dimensions.height
    if not (width > 0 and height > 0):
        raise ValueError(f"{path}: image size {width}x{height}; a Holistic .pose needs a width and height above 0")
    points = to_corpus_points(comps, data, conf)
    points[..., 0] /= width
    points[..., 1] /= height
    return points, fps, width / height


def pose_csv_utterances(poses_dir: str, csv_path: str) -> List[Utterance]:
    """CSV columns: file (relative to poses_dir), text[, glosses (space-separated)][, split].
    Landmarks are read once and held as float16 (features are computed from them once too)."""
    with open(csv_path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    if not rows or not {"file", "text"} <= set(rows[0]):
        raise ValueError(f"{csv_path}: columns {sorted(rows[0]) if rows else []}; expected file, text[, glosses][, split]")
    out = []
    for row in rows:
        landmarks, fps, aspect = read_pose(os.path.join(poses_dir, row["file"]))
        split = row.get("split") or ("dev" if zlib.crc32(row["file"].encode()) % DEV_EVERY == 0 else "train")
        half = landmarks.astype(np.float16)
        out.append(Utterance(row["file"], split, landmarks.shape[0], fps, (row.get("glosses") or "").split(),
                             [row["text"]], (lambda a=half: a.astype(np.float32)), aspect=aspect))
    return out


# ---- features ----
def feature_key(extra: str) -> str:
    """Changes when the feature definition (names or code) or the input changes."""
    mod = feature_module()
    h = hashlib.sha1("|".join(mod.FEATURE_NAMES).encode())
    with open(mod.__file__, "rb") as f:
        h.update(f.read())
    h.update(extra.encode())
    return h.hexdigest()[:16]


def compute_features(u: Utterance) -> np.ndarray:
    """Features at the recording's own rate (the cache holds these; `FeatureStore.get` resamples)."""
    mod = feature_module()
    x = np.asarray(mod.sequence_features(u.load(), u.fps, u.aspect), dtype=np.float32)
    if x.shape != (u.native_frames, mod.FEATURE_DIM):
        raise ValueError(f"features of {u.id}: shape {x.shape}; expected ({u.native_frames}, {mod.FEATURE_DIM})")
    return x


class FeatureStore:
    """Features per utterance id. Shard utterances: one float16 .npy per shard in `cache_dir`
    (rows aligned with the shard's frames, memory-mapped); others: computed once, in memory."""

    def __init__(self, utts: Sequence[Utterance], corpus: Optional[Corpus], cache_dir: Optional[str],
                 build: bool = True, log: Callable[[str], None] = print):
        self.dim = int(feature_module().FEATURE_DIM)
        self.where: Dict[str, Tuple[np.ndarray, int, int]] = {}
        self.fps: Dict[str, float] = {u.id: u.fps for u in utts}
        by_shard: Dict[int, List[Utterance]] = {}
        for u in utts:
            if u.shard is not None and corpus is not None and cache_dir:
                by_shard.setdefault(u.shard, []).append(u)
            else:
                self.where[u.id] = (compute_features(u).astype(np.float16), 0, u.native_frames)
        for shard, group in sorted(by_shard.items()):
            path = os.path.join(cache_dir, f"shard-{shard:05d}.{feature_key(corpus.shard_key(shard))}.npy")
            if not os.path.exists(path):
                if not build:
                    raise FileNotFoundError(f"feature cache {path} is missing (rank 0 writes it first)")
                arr = np.zeros((corpus.shard_frames(shard).shape[0], self.dim), np.float16)
                for u in group:
                    arr[u.offset : u.offset + u.native_frames] = np.clip(np.nan_to_num(compute_features(u)), -F16_MAX, F16_MAX)
                os.makedirs(cache_dir, exist_ok=True)
                tmp = path + f".tmp{os.getpid()}.npy"
                np.save(tmp, arr)
                os.replace(tmp, path)
                log(f"features cached: {path} ({arr.shape[0]} frames x {self.dim})")
            arr = np.load(path, mmap_mode="r")
            for u in group:
                self.where[u.id] = (arr, u.offset, u.native_frames)

    def native(self, uid: str) -> np.ndarray:
        """Features of one utterance at its recording's own rate (`self.fps[uid]`)."""
        arr, off, n = self.where[uid]
        return np.asarray(arr[off : off + n], dtype=np.float32)

    def get(self, uid: str) -> np.ndarray:
        """Features of one utterance at the model's rate (MODEL_FPS)."""
        arr, off, n = self.where[uid]
        x = np.asarray(arr[off : off + n], dtype=np.float32)
        return feature_module().resample_features(x, self.fps[uid])

    def stats(self, ids: Sequence[str], rng: random.Random) -> Tuple[np.ndarray, np.ndarray]:
        """Mean and std per feature over (a sample of) the frames of `ids`, NaN ignored."""
        ids = list(ids)
        rng.shuffle(ids)
        rows, n = [], 0
        for uid in ids:
            x = self.get(uid)
            rows.append(x)
            n += x.shape[0]
            if n >= STATS_MAX_FRAMES:
                break
        allx = np.concatenate(rows).astype(np.float64)
        mean = np.nan_to_num(np.nanmean(allx, 0))
        std = np.nan_to_num(np.nanstd(allx, 0), nan=1.0)
        return mean.astype(np.float32), np.maximum(std, 1e-3).astype(np.float32)


# ---- batches ----
def length_batches(lengths: Sequence[int], max_frames: int, rng: random.Random, min_size: int = 1) -> List[List[int]]:
    """Indices grouped by similar length, padded size (longest × count) ≤ max_frames, shuffled.
    A batch smaller than `min_size` (the world size) joins its neighbour so every rank gets work."""
    order = sorted(range(len(lengths)), key=lambda i: lengths[i] + rng.random())
    batches: List[List[int]] = []
    cur: List[int] = []
    for i in order:
        if cur and lengths[i] * (len(cur) + 1) > max_frames and len(cur) >= min_size:
            batches.append(cur)
            cur = []
        cur.append(i)
    if cur:
        if len(cur) < min_size and batches:
            batches[-1].extend(cur)
        else:
            batches.append(cur)
    rng.shuffle(batches)
    return batches


def rank_slice(batch: Sequence[int], rank: int, world: int) -> List[int]:
    return list(batch[rank::world])


@dataclass
class Batch:
    feats: torch.Tensor  # [B,T,F]
    frames: torch.Tensor  # [B] valid frames
    ctc_targets: torch.Tensor  # [sum of target lengths]
    ctc_lengths: torch.Tensor  # [B]
    tgt_in: torch.Tensor  # [B,L] BOS + tokens
    tgt_out: torch.Tensor  # [B,L] tokens + EOS, PAD after


def make_batch(feats: Sequence[np.ndarray], ctc: Sequence[List[int]], text: Sequence[List[int]]) -> Batch:
    t = max(x.shape[0] for x in feats)
    x = torch.zeros(len(feats), t, feats[0].shape[1])
    for i, f in enumerate(feats):
        x[i, : f.shape[0]] = torch.from_numpy(f)
    n = max(len(s) for s in text) + 1
    tin = torch.full((len(text), n), PAD, dtype=torch.long)
    tout = torch.full((len(text), n), PAD, dtype=torch.long)
    for i, s in enumerate(text):
        tin[i, : len(s) + 1] = torch.tensor([BOS] + s)
        tout[i, : len(s) + 1] = torch.tensor(s + [EOS])
    return Batch(x, torch.tensor([f.shape[0] for f in feats]), torch.tensor([v for c in ctc for v in c], dtype=torch.long),
                 torch.tensor([len(c) for c in ctc], dtype=torch.long), tin, tout)
