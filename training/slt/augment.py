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

Crop augmentation (`crop_single_sign`, train.py --crop-aug P): with probability P a training
utterance is cut to a random window that may start and end mid-sign, as real clips of one held
letter do (the ../shared fingerspelling clips: ~1 s, the letter already formed on the first frame,
no rest pose before or after). The training structures (data.Utterance) keep gloss names but not
the corpus's per-gloss frames, so only utterances whose CTC target is ONE token are cropped, to a
window that always covers the clip's middle (CROP_CORE): the synthesizer centres a single sign
(rest → sign → rest), so the sign stays in the window and the target stays valid.
"""
from __future__ import annotations

from typing import Callable, Optional, Sequence

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


# Crop window: its length as a share of the utterance, and the middle share it always covers.
CROP_FRACTION = (0.3, 0.9)
CROP_CORE = (0.45, 0.55)
# Fewest frames kept: two encoder steps of 4 frames, so CTC has room for the one target token.
MIN_CROP_FRAMES = 8
# Stream tag that keeps the crop's draws apart from augment_face's for the same utterance.
_CROP_STREAM = 1


def crop_rng(seed: int, epoch: int, utterance: int) -> np.random.Generator:
    return np.random.default_rng([seed, epoch, utterance, _CROP_STREAM])


def crop_window(n_frames: int, rng: np.random.Generator, p: float) -> tuple:
    """(start, end) of the kept frames, end exclusive; (0, n_frames) when not cropped."""
    if not 0.0 <= p <= 1.0:
        raise ValueError(f"crop probability {p}: expected a number from 0 to 1")
    # Three draws always, so the stream does not depend on the outcome.
    u, frac, pos = rng.uniform(), rng.uniform(*CROP_FRACTION), rng.uniform()
    if u >= p or n_frames <= MIN_CROP_FRAMES:
        return 0, n_frames
    core_lo = int(np.floor(CROP_CORE[0] * n_frames))
    core_hi = int(np.ceil(CROP_CORE[1] * n_frames))
    length = min(n_frames, max(MIN_CROP_FRAMES, core_hi - core_lo, int(round(frac * n_frames))))
    first = max(0, core_hi - length)  # earliest start that still reaches past the core
    last = min(core_lo, n_frames - length)  # latest start that still begins before it
    start = first + min(last - first, int(pos * (last - first + 1)))
    return start, start + length


def crop_single_sign(x: np.ndarray, n_targets: int, rng: np.random.Generator, p: float) -> np.ndarray:
    """Features [T, F] of an utterance with `n_targets` CTC tokens → a window of them (see above);
    utterances of more than one token come back whole (their glosses' frames are not known here)."""
    start, end = crop_window(x.shape[0], rng, p)
    if n_targets != 1:
        return x
    return x[start:end]


# ---- hands lost by the detector ----
# MediaPipe on rendered video lost both hands for a whole sign where they met (INTERPRET: frames
# 60-88 of the avatar clip) and each hand in more than half of the signing frames; the corpus's
# occlusion noise (src/shared/synth/noise/occlusion.ts) makes shorter, partial losses. This drops
# hands from the features in the same hard moments, more often and for longer, so the model
# learns to read a sign from the pose's arm and hand points alone. Distances in shoulder widths
# (the features' body units), at the model's 25 fps.
HAND_SIDES = ("leftHand", "rightHand")
POSE_WRIST = {"leftHand": "LEFT_WRIST", "rightHand": "RIGHT_WRIST"}
HAND_BLOCKS = {s: _indices(lambda n, s=s: n.split(".")[0] == s) for s in HAND_SIDES}
HAND_VELOCITY = {s: _indices(lambda n, s=s: n.startswith(f"vel.{s}.")) for s in HAND_SIDES}
HAND_MASK = {s: F.FEATURE_NAMES.index(f"{s}.mask") for s in HAND_SIDES}
HAND_WRIST = {s: (F.FEATURE_NAMES.index(f"{s}.wrist.x"), F.FEATURE_NAMES.index(f"{s}.wrist.y")) for s in HAND_SIDES}
POSE_WRIST_XY = {s: (F.FEATURE_NAMES.index(f"pose.{POSE_WRIST[s]}.x"), F.FEATURE_NAMES.index(f"pose.{POSE_WRIST[s]}.y"))
                 for s in HAND_SIDES}
NOSE_XY = (F.FEATURE_NAMES.index("pose.NOSE.x"), F.FEATURE_NAMES.index("pose.NOSE.y"))
BODY_MASK = F.FEATURE_NAMES.index("body.mask")
DROP_FACE_DISTANCE = 0.6
DROP_HANDS_DISTANCE = 0.45
DROP_FAST_SPEED = 4.0  # shoulder widths per second
# In front of the chest and belly (body units from the shoulders' midpoint, y down): MediaPipe on
# the generator-5 avatar clip lost the dominant hand for the whole of ME (pointing at the chest,
# 0.6 s) and in most frames of INTERPRET, hands held against the torso.
DROP_TORSO_HALF_WIDTH = 0.55
DROP_TORSO_Y = (0.25, 1.3)  # above the hands at rest (corpus wrists: 75th percentile 1.22, 95th 1.63)
DROP_START_HARD = 0.5  # per hard frame at full strength
DROP_START_ANY = 0.02  # per frame anywhere at full strength
DROP_MEAN_RUN = 10  # frames
WHOLE_STRETCH_SHARE = 0.25  # utterances whose hands are lost for every hard frame
_DROP_STREAM = 2


def drop_rng(seed: int, epoch: int, utterance: int) -> np.random.Generator:
    return np.random.default_rng([seed, epoch, utterance, _DROP_STREAM])


def _wrists(x: np.ndarray, side: str) -> np.ndarray:
    """[T, 2] wrist in body units: the hand's when detected, else the pose's."""
    hx, hy = HAND_WRIST[side]
    px, py = POSE_WRIST_XY[side]
    has = x[:, HAND_MASK[side]] > 0
    return np.stack([np.where(has, x[:, hx], x[:, px]), np.where(has, x[:, hy], x[:, py])], axis=1)


def hard_frames(x: np.ndarray, side: str, fps: float = F.MODEL_FPS,
                face_distance: float = DROP_FACE_DISTANCE, torso: bool = False) -> np.ndarray:
    """Frames where a detector struggles with this hand: at the face, near the other hand, fast;
    with `torso`, also in front of the chest and belly.
    face_distance: wrist to nose, shoulder widths. The default 0.6 is what ase-slt v0.2/v0.3 trained
    with; it also takes in the fingerspelling position beside the chin (avatar wrist ~0.54 from the
    nose), where MediaPipe keeps real hands, so fingerspelling models train with 0.4."""
    w = _wrists(x, side)
    o = _wrists(x, HAND_SIDES[1 - HAND_SIDES.index(side)])
    nose = x[:, list(NOSE_XY)]
    body = x[:, BODY_MASK] > 0
    near_face = np.linalg.norm(w - nose, axis=1) < face_distance
    near_other = np.linalg.norm(w - o, axis=1) < DROP_HANDS_DISTANCE
    speed = np.zeros(len(x))
    speed[1:] = np.linalg.norm(np.diff(w, axis=0), axis=1) * fps
    hard = near_face | near_other | (speed > DROP_FAST_SPEED)
    if torso:
        hard |= (np.abs(w[:, 0]) < DROP_TORSO_HALF_WIDTH) & (w[:, 1] > DROP_TORSO_Y[0]) & (w[:, 1] < DROP_TORSO_Y[1])
    return body & hard


def drop_hands(x: np.ndarray, rng: np.random.Generator, strength: float = 1.0,
               face_distance: float = DROP_FACE_DISTANCE, torso: bool = False) -> np.ndarray:
    """Features [T, F] → a copy with hands removed in runs (mostly in hard frames), as a missing
    hand is written: its block and its velocities 0, and its velocities 0 on the frame after."""
    if not 0.0 <= strength <= 1.0:
        raise ValueError(f"hand drop strength {strength}: expected a number from 0 to 1")
    n = len(x)
    level = rng.uniform() * strength
    whole = rng.uniform() < WHOLE_STRETCH_SHARE * strength
    out = np.array(x, dtype=np.float32, copy=True)
    for side in HAND_SIDES:
        u = rng.uniform(size=(n, 2))  # fixed draws per frame: the stream does not depend on the outcome
        if level <= 0:
            continue
        hard = hard_frames(x, side, face_distance=face_distance, torso=torso)
        dropped = np.zeros(n, dtype=bool)
        in_run = False
        for t in range(n):
            if in_run:
                in_run = u[t, 0] >= 1.0 / DROP_MEAN_RUN
            else:
                start = DROP_START_HARD if hard[t] else DROP_START_ANY
                in_run = u[t, 1] < start * level
            dropped[t] = in_run or (whole and hard[t])
        if not dropped.any():
            continue
        out[np.ix_(dropped, HAND_BLOCKS[side])] = 0.0
        after = dropped.copy()
        after[1:] |= dropped[:-1]
        out[np.ix_(after, HAND_VELOCITY[side])] = 0.0
    return out


# ---- hand orientation ----
# The avatar's hand orientation is planned from HamNoSys and differs from real signers' by tens of
# degrees for some letters (docs/hands-fitted.md: orientation is most of the distance between the
# avatar's letters and real ones). Rotating each hand's shape by a small random rotation, constant
# over the utterance, teaches the model that a handshape held a little differently is the same
# handshape; rotations stay well under the 90° that tells some letters apart (H from U).
HAND_POINT_XYZ = {s: np.array([[F.FEATURE_NAMES.index(f"{s}.{p}.{a}") for a in "xyz"]
                               for p in F.HAND_SHAPE_NAMES], dtype=np.int64) for s in HAND_SIDES}
HAND_POINT_VEL = {s: np.array([[F.FEATURE_NAMES.index(f"vel.{s}.{p}.{a}") for a in "xyz"]
                               for p in F.HAND_SHAPE_NAMES], dtype=np.int64) for s in HAND_SIDES}
_ROTATE_STREAM = 3


def rotate_rng(seed: int, epoch: int, utterance: int) -> np.random.Generator:
    return np.random.default_rng([seed, epoch, utterance, _ROTATE_STREAM])


def rotation(yaw: float, pitch: float, roll: float) -> np.ndarray:
    """3×3 rotation: roll about z (the image plane), then pitch about x, then yaw about y (radians)."""
    cz, sz, cx, sx, cy, sy = np.cos(roll), np.sin(roll), np.cos(pitch), np.sin(pitch), np.cos(yaw), np.sin(yaw)
    rz = np.array([[cz, -sz, 0], [sz, cz, 0], [0, 0, 1]])
    rx = np.array([[1, 0, 0], [0, cx, -sx], [0, sx, cx]])
    ry = np.array([[cy, 0, sy], [0, 1, 0], [-sy, 0, cy]])
    return (ry @ rx @ rz).astype(np.float32)


def rotate_hands(x: np.ndarray, rng: np.random.Generator, max_degrees: float) -> np.ndarray:
    """Features [T, F] → a copy whose hands (points relative to the wrist, and their velocities)
    are turned about the wrist by a rotation drawn per hand: up to max_degrees in the image plane,
    half that out of it. Missing hands (zeros) stay zeros."""
    if not 0.0 <= max_degrees <= 90.0:
        raise ValueError(f"hand rotation {max_degrees}: expected degrees from 0 to 90")
    return _turn_hands(x, rng, max_degrees, (0.5, 0.5, 1.0))


def _turn_hands(x: np.ndarray, rng: np.random.Generator, max_degrees: float, weights: Sequence[float]) -> np.ndarray:
    """A copy of x whose hands' points and their velocities are turned about the wrist, per hand,
    by rotation(yaw, pitch, roll) with angles max_degrees × weights × uniform(−1, 1) (one draw per
    weight, per hand, even at 0°; angles past the weights are 0)."""
    out = np.array(x, dtype=np.float32, copy=True)
    for side in HAND_SIDES:
        a = np.radians(max_degrees) * rng.uniform(-1.0, 1.0, len(weights)) * np.asarray(weights)
        if max_degrees <= 0:
            continue
        r = rotation(*a, *([0.0] * (3 - len(weights))))
        for idx in (HAND_POINT_XYZ[side], HAND_POINT_VEL[side]):
            out[:, idx] = out[:, idx] @ r.T  # [T, 20, 3]
    return out


# ---- the passive hand ----
# Real fingerspelling clips show one hand: the 26 French letter clips of ../shared have the right
# hand in every frame and the left hand in none (the other hand rests below the frame or is not
# detected). The corpus's passive hand rests in view: it is present in about 75% of a letter's
# frames (dgs-v5 corpus, 300 utterances), so a model that sees both hands' shapes learns letters
# together with a resting hand that real clips never show. This removes the passive hand (the one
# held lower, on average over the utterance) from the whole utterance, with probability P.
_PASSIVE_STREAM = 4


def passive_rng(seed: int, epoch: int, utterance: int) -> np.random.Generator:
    return np.random.default_rng([seed, epoch, utterance, _PASSIVE_STREAM])


def passive_side(x: np.ndarray) -> Optional[str]:
    """The hand held lower (larger mean wrist y in body units) over the frames with a body, or
    None when there is no body frame."""
    body = x[:, BODY_MASK] > 0
    if not body.any():
        return None
    ys = [float(_wrists(x, s)[body, 1].mean()) for s in HAND_SIDES]
    return HAND_SIDES[int(np.argmax(ys))]


def drop_passive_hand(x: np.ndarray, rng: np.random.Generator, p: float) -> np.ndarray:
    """Features [T, F] → with probability p a copy without the passive hand (its block and its
    velocities 0 in every frame, as a hand never detected is written); else x unchanged."""
    if not 0.0 <= p <= 1.0:
        raise ValueError(f"passive hand drop probability {p}: expected a number from 0 to 1")
    if rng.uniform() >= p:
        return x
    side = passive_side(x)
    if side is None:
        return x
    out = np.array(x, dtype=np.float32, copy=True)
    out[:, HAND_BLOCKS[side]] = 0.0
    out[:, HAND_VELOCITY[side]] = 0.0
    return out


# ---- hand tilt out of the image plane ----
# With the hands' z left out of a letter model (MediaPipe's hand z hardly follows the avatar's:
# over the 17 letters ASL shares with LSF, real z ≈ 0.19 × corpus z − 0.36), the model reads a
# hand's 2-D projection, which changes as the hand turns towards or away from the camera; real
# signers turn a letter by tens of degrees more or less than the avatar presents it
# (docs/hands-fitted.md: palm azimuth 6–34°). This turns each hand's shape about the wrist by a
# yaw and a pitch drawn per hand up to max_degrees, without the in-plane roll of rotate_hands.
_TILT_STREAM = 8


def tilt_rng(seed: int, epoch: int, utterance: int) -> np.random.Generator:
    return np.random.default_rng([seed, epoch, utterance, _TILT_STREAM])


def tilt_hands(x: np.ndarray, rng: np.random.Generator, max_degrees: float) -> np.ndarray:
    """Features [T, F] → a copy whose hands (points relative to the wrist, and their velocities)
    are turned about the wrist by a yaw and a pitch each up to max_degrees, drawn per hand and
    constant over the utterance. Missing hands stay zeros."""
    if not 0.0 <= max_degrees <= 60.0:
        raise ValueError(f"hand tilt {max_degrees}: expected degrees from 0 to 60")
    return _turn_hands(x, rng, max_degrees, (1.0, 1.0))
