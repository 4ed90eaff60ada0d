"""Reads a synthetic corpus folder (docs/corpus.md): records from `corpus.jsonl` (or, while the
generator is still running, from the complete shards' `.jsonl`), landmarks memory-mapped from the
float16 shards, so opening a corpus of any size costs only its records.

  for record, frames in iter_corpus("corpus-dir", split="train"):  # frames [T,109,3] float32
"""
from __future__ import annotations

import json
import os
from typing import Dict, Iterator, List, Optional, Tuple

import numpy as np

# The corpus point layout, mirrored from src/shared/synth/points.ts (CORPUS_POINTS): pose 0–24,
# left hand 0–20, right hand 0–20, then these face-mesh indices in ascending order.
# training/tests/test_slt_shards.py checks this list against the TypeScript when node is present.
CORPUS_POSE_POINTS = 25
HAND_POINTS = 21
CORPUS_FACE_POINTS: Tuple[int, ...] = (
    0, 1, 2, 6, 10, 13, 14, 17, 33, 61, 66, 70, 105, 107, 133, 145, 152, 159, 168, 205, 234, 263,
    291, 296, 300, 334, 336, 362, 374, 386, 425, 454, 468, 469, 470, 471, 472, 473, 474, 475, 476, 477,
)
CORPUS_POINT_COUNT = CORPUS_POSE_POINTS + 2 * HAND_POINTS + len(CORPUS_FACE_POINTS)  # 109
VALUES_PER_POINT = 3  # x, y, z; a point not detected is NaN
PARTS = {
    "pose": (0, CORPUS_POSE_POINTS),
    "leftHand": (CORPUS_POSE_POINTS, HAND_POINTS),
    "rightHand": (CORPUS_POSE_POINTS + HAND_POINTS, HAND_POINTS),
    "face": (CORPUS_POSE_POINTS + 2 * HAND_POINTS, len(CORPUS_FACE_POINTS)),
}
SHARD_DTYPE = np.dtype("<f2")
FRAME_BYTES = CORPUS_POINT_COUNT * VALUES_PER_POINT * SHARD_DTYPE.itemsize


def shard_name(shard: int) -> str:
    return f"shard-{shard:05d}"


def read_jsonl(path: str) -> List[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


class Corpus:
    """One corpus folder. `records` in id order; `frames(record)` reads one utterance."""

    def __init__(self, root: str):
        self.root = root
        self.shard_dir = os.path.join(root, "shards")
        if not os.path.isdir(self.shard_dir):
            raise FileNotFoundError(f"{root}: no shards/ folder; expected a corpus written by `cli synth`")
        index_path = os.path.join(self.shard_dir, "index.json")
        self.index: List[dict] = []
        if os.path.exists(index_path):
            with open(index_path, encoding="utf-8") as f:
                raw = json.load(f)
            self.index = raw.get("shards", raw) if isinstance(raw, dict) else raw
        whole = os.path.join(root, "corpus.jsonl")
        if os.path.exists(whole):
            self.records = read_jsonl(whole)
        else:
            # corpus.jsonl is written last; until then a shard whose .jsonl exists is complete.
            names = sorted(n for n in os.listdir(self.shard_dir) if n.startswith("shard-") and n.endswith(".jsonl"))
            self.records = [r for n in names for r in read_jsonl(os.path.join(self.shard_dir, n))]
        self._maps: Dict[int, np.ndarray] = {}

    def __len__(self) -> int:
        return len(self.records)

    def split(self, name: str) -> List[dict]:
        return [r for r in self.records if r.get("split") == name]

    def shard_key(self, shard: int) -> str:
        """Identifies a shard's content (sha256 from index.json, else size and mtime), for caches."""
        for entry in self.index:
            if isinstance(entry, dict) and os.path.basename(str(entry.get("file", ""))).startswith(shard_name(shard)):
                if entry.get("sha256"):
                    return str(entry["sha256"])
        st = os.stat(self.shard_path(shard))
        return f"{st.st_size}-{int(st.st_mtime_ns)}"

    def shard_path(self, shard: int) -> str:
        return os.path.join(self.shard_dir, shard_name(shard) + ".f16")

    def shard_frames(self, shard: int) -> np.ndarray:
        """The whole shard as a read-only float16 memory map [frames,109,3]."""
        m = self._maps.get(shard)
        if m is None:
            path = self.shard_path(shard)
            size = os.path.getsize(path)
            if size % FRAME_BYTES:
                raise ValueError(f"{path}: {size} bytes is not a whole number of {FRAME_BYTES}-byte frames")
            m = np.memmap(path, dtype=SHARD_DTYPE, mode="r").reshape(-1, CORPUS_POINT_COUNT, VALUES_PER_POINT)
            self._maps[shard] = m
        return m

    def frames(self, record: dict) -> np.ndarray:
        shard, offset, n = int(record["shard"]), int(record["offset"]), int(record["frames"])
        m = self.shard_frames(shard)
        if offset < 0 or n <= 0 or offset + n > m.shape[0]:
            raise ValueError(f"utterance {record.get('id')}: frames {offset}..{offset + n} are outside "
                             f"shard {shard} (0..{m.shape[0]})")
        return np.asarray(m[offset : offset + n], dtype=np.float32)

    def __iter__(self) -> Iterator[Tuple[dict, np.ndarray]]:
        for r in self.records:
            yield r, self.frames(r)


def iter_corpus(root: str, split: Optional[str] = None) -> Iterator[Tuple[dict, np.ndarray]]:
    """(record, frames[T,109,3] float32 with NaN) for every utterance, or those of one split."""
    corpus = Corpus(root)
    for r in corpus.records:
        if split is None or r.get("split") == split:
            yield r, corpus.frames(r)
