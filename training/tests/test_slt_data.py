"""Real recordings: a pose-format v0.2 Holistic file (written here byte by byte, as
src/shared/pose-format/encode.ts does) maps onto the 109 corpus points; batches by length."""
import random
import struct

import numpy as np

from training.slt.data import length_batches, pose_csv_utterances, rank_slice, read_pose
from training.synth.shards import CORPUS_FACE_POINTS, PARTS

COMPONENTS = [("POSE_LANDMARKS", 33), ("FACE_LANDMARKS", 478), ("LEFT_HAND_LANDMARKS", 21), ("RIGHT_HAND_LANDMARKS", 21)]


def _str(s: str) -> bytes:
    b = s.encode()
    return struct.pack("<H", len(b)) + b


def write_pose(path, frames: int, fps: float = 25.0) -> np.ndarray:
    """Point p of the file has x = p, y = frame, z = -p; the left hand is not detected."""
    head = struct.pack("<f", 0.2) + struct.pack("<HHH", 1, 1, 0) + struct.pack("<H", len(COMPONENTS))
    for name, n in COMPONENTS:
        points = [str(i) for i in range(n)] if name == "FACE_LANDMARKS" else [f"P{i}" for i in range(n)]
        head += _str(name) + _str("XYZC") + struct.pack("<HHH", n, 1, 0) + b"".join(_str(p) for p in points)
        head += struct.pack("<HH", 0, 1)
    total = sum(n for _, n in COMPONENTS)
    data = np.zeros((frames, 1, total, 3), np.float32)
    data[..., 0] = np.arange(total)
    data[..., 1] = np.arange(frames)[:, None, None]
    data[..., 2] = -np.arange(total)
    conf = np.ones((frames, 1, total), np.float32)
    conf[:, :, 33 + 478 : 33 + 478 + 21] = 0
    body = struct.pack("<fIH", fps, frames, 1) + data.astype("<f4").tobytes() + conf.astype("<f4").tobytes()
    with open(path, "wb") as f:
        f.write(head + body)
    return data


def test_pose_file_maps_to_corpus_points(tmp_path):
    write_pose(tmp_path / "a.pose", 5)
    lm, fps, aspect = read_pose(str(tmp_path / "a.pose"))
    assert lm.shape == (5, 109, 3) and fps == 25.0
    assert lm[3, 24, 0] == 24 and lm[3, 24, 1] == 3  # pose point 24 (the last one kept)
    f0 = PARTS["face"][0]
    assert [int(v) for v in lm[0, f0 : f0 + 42, 0]] == [33 + i for i in CORPUS_FACE_POINTS]  # face by mesh index
    r0 = PARTS["rightHand"][0]
    assert lm[0, r0, 0] == 33 + 478 + 21 and lm[0, r0 + 20, 2] == -(33 + 478 + 41)
    l0 = PARTS["leftHand"][0]
    assert np.isnan(lm[:, l0 : l0 + 21]).all()  # confidence 0 → not detected


def test_csv_corpus_reads_text_glosses_and_split(tmp_path):
    for name, n in [("a.pose", 6), ("b.pose", 9)]:
        write_pose(tmp_path / name, n)
    (tmp_path / "t.csv").write_text("file,text,glosses,split\na.pose,Hello there.,HELLO,train\nb.pose,Bye.,,dev\n")
    us = pose_csv_utterances(str(tmp_path), str(tmp_path / "t.csv"))
    assert [(u.id, u.split, u.frames, u.glosses, u.english) for u in us] == [
        ("a.pose", "train", 6, ["HELLO"], ["Hello there."]), ("b.pose", "dev", 9, [], ["Bye."])]
    assert us[1].load().shape == (9, 109, 3)


def test_batches_cover_every_utterance_once_and_split_across_ranks():
    lengths = [random.Random(i).randint(20, 200) for i in range(50)]
    batches = length_batches(lengths, 1000, random.Random(0), min_size=2)
    assert sorted(i for b in batches for i in b) == list(range(50))
    assert all(len(b) >= 2 for b in batches)
    assert all(max(lengths[i] for i in b) * (len(b) - 1) <= 1000 for b in batches)
    b = batches[0]
    assert sorted(rank_slice(b, 0, 2) + rank_slice(b, 1, 2)) == sorted(b)
