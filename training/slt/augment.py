"""Appearance augmentation of training features: each training utterance's face gets constant
offsets, as another person's resting face would give.

Why: the corpus's faces differ far less between signers than real faces do. Measured on the
feature medians (corpus: 200 utterances of the v2 generator; real: the 56 fingerspelling clips
of ../shared, MediaPipe Holistic): face depth 40 % larger on real faces (NOSE_DORSUM.z -0.51 vs
-0.36 eye distances, corpus sd 0.017), irises 0.02 higher (corpus sd 0.005), resting mouth
opening 0.057 vs 0.091 (corpus sd 0.007). Normalised by the corpus's spread, a real face is then
4 to 9 standard deviations away on dozens of inputs, and a model trained only on corpus faces
reads that as signal. The offsets are constant over the utterance, so a brow raise or a mouth
movement inside it is kept; they are smaller than the grammatical signals (a yes/no question
raises the brows by about 0.09, four times the brows' offset sd).

Only frames with a face (face.mask 1) change; hands, body and velocities are untouched (the face
velocities are differences of head pose, which no offset here moves). Deterministic per
(seed, epoch, utterance), so a resumed run and any number of processes see the same data.
"""
from __future__ import annotations

from typing import Callable, Sequence

import numpy as np

from . import features as F


def _indices(keep: Callable[[str], bool]) -> np.ndarray:
    return np.array([i for i, n in enumerate(F.FEATURE_NAMES) if keep(n)], dtype=np.int64)


def _face_point(n: str, axes: Sequence[str]) -> bool:
    parts = n.split(".")
    return len(parts) == 3 and parts[0] == "face" and parts[2] in axes


FACE_MASK = F.FEATURE_NAMES.index("face.mask")
FACE_XY = _indices(lambda n: _face_point(n, ("x", "y")))
FACE_Z = _indices(lambda n: _face_point(n, ("z",)))
# Standard deviations of the per-utterance offsets, in the features' own units (eye distances or
# ratios). Head pose (yaw, pitch, roll) is left alone: it is measured, not a face's shape.
SCALAR_SD = {
    "browRaiseLeft": 0.02, "browRaiseRight": 0.02, "browFurrow": 0.02,
    "eyeOpenLeft": 0.03, "eyeOpenRight": 0.03,
    "mouthOpen": 0.03, "mouthWidth": 0.04,
    "gazeX": 0.02, "gazeY": 0.02,
}
SCALARS = np.array([F.FEATURE_NAMES.index(f"face.{n}") for n in SCALAR_SD], dtype=np.int64)
SCALAR_SDS = np.array(list(SCALAR_SD.values()), dtype=np.float32)
POINT_XY_SD = 0.015
POINT_Z_SD = 0.03
DEPTH_SCALE = (0.8, 1.6)  # the face's depth relative to the corpus's (real: about 1.4)


def utterance_rng(seed: int, epoch: int, utterance: int) -> np.random.Generator:
    return np.random.default_rng([seed, epoch, utterance])


def augment_face(x: np.ndarray, rng: np.random.Generator, strength: float = 1.0) -> np.ndarray:
    """Features [T, FEATURE_DIM] → a float32 copy with this utterance's face offsets."""
    out = np.array(x, dtype=np.float32, copy=True)
    if strength <= 0:
        return out
    has_face = out[:, FACE_MASK] > 0
    # Draw everything whether or not a face is present, so the stream does not depend on it.
    xy = rng.normal(0.0, POINT_XY_SD * strength, FACE_XY.size).astype(np.float32)
    z = rng.normal(0.0, POINT_Z_SD * strength, FACE_Z.size).astype(np.float32)
    lo, hi = DEPTH_SCALE
    depth = np.float32(1.0 + (rng.uniform(lo, hi) - 1.0) * strength)
    scalars = (rng.normal(0.0, 1.0, SCALARS.size) * SCALAR_SDS * strength).astype(np.float32)
    if not has_face.any():
        return out
    rows = np.nonzero(has_face)[0][:, None]
    out[rows, FACE_XY] += xy
    out[rows, FACE_Z] = out[rows, FACE_Z] * depth + z
    out[rows, SCALARS] += scalars
    return out
