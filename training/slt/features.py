"""
FEATURE DEFINITION (version 2; training/slt/features.py carries the same text)

Input: corpus frames (src/shared/synth/points.ts): 109 points x, y, z; NaN = not detected;
x, y normalised image coordinates, y down; z MediaPipe's relative depth. With aspect = image
width / height, every point is read in isotropic units X = x * aspect, Y = y, Z = z * aspect.
|P - Q| is the 3-D distance in (X, Y, Z). Everything is computed in float64 and written as
float32; a value that is not finite (a missing point) is written as 0, so no output is NaN.

Body frame (causal). A frame has shoulders when pose 11 and 12 have finite x, y and their
2-D distance is at least MIN_PART_SIZE = 1e-3. The reference (cx, cy, w) at frame t is the
median, separately per value, of the shoulder midpoint (X, Y) and the 2-D shoulder width over
the last N frames up to t that had shoulders, N = max(1, floor(1 s * fps + 0.5)); fewer at the
start; the median of an even count is the mean of the two middle values. Why: a median ignores
glitches shorter than half the window instead of smearing them; a bounded window follows a
signer who moves; a fixed ring buffer keeps the live path allocation-free and the result
exactly reproducible in numpy. Before the first frame with shoulders there is no reference and
every body-frame value below is 0. Body coordinates: ((X - cx) / w, (Y - cy) / w).

body.mask: 1 when this frame has shoulders. pose.NAME.x/y: body coordinates of pose 0
(nose), 7, 8 (ears) and 11-22 (shoulders, elbows, wrists, pose hand points). Left out: the
pose's other face points (the face mesh has them), hips 23, 24 (still or out of shot) and the
pose's z (since version 2): MediaPipe's pose depth is loose (frame-to-frame sigma 0.085 shoulder
widths) and its scale differs between recordings and the avatar (nose 2.5 shoulder widths in
front of the shoulders in the real recordings of ../shared, 0.33 in the corpus), so a model
trained on it read real signers wrongly. Depth stays where it is reliable: the hands' and the
face's own z, relative to the wrist and the eyes.

Hands (leftHand, rightHand: the subject's own sides). Present when the wrist (0) and middle
MCP (9) give a size s = |P9 - P0| of at least MIN_PART_SIZE. mask: 1/0. wrist.x/y: the wrist
in body coordinates. scale: s / w. NAME.x/y/z for hand points 1-20: (P - P0) / s. The hand's
own size (3-D, so that it hardly changes as the hand turns) makes the handshape independent of
the distance to the camera and of the signer's proportions; where the hand is stays in
wrist.x/y and scale. A missing hand is all 0.

Face. Eye centres R = mid(33, 133), L = mid(263, 362); origin O = mid(L, R); unit
f = |L - R|. Present when those four corners are finite and f >= MIN_PART_SIZE. Axes in the
image plane: u = (L - R) in (X, Y), normalised (toward the subject's left); v = (-u.y, u.x)
(down the face). face.NAME.x/y/z for the 42 points: (dot(P - O, u), dot(P - O, v),
Z(P) - Z(O)) / f, dot products on (X, Y). Scalars:
  browRaiseLeft/Right = |mean(BROW_ARCH, BROW_MID, BROW_INNER)
                         - mean(EYE_OUTER, EYE_INNER, EYE_UPPER, EYE_LOWER)| / f, per side
  browFurrow = |LEFT_BROW_INNER - RIGHT_BROW_INNER| / f (smaller = knitted)
  eyeOpenLeft/Right = |EYE_UPPER - EYE_LOWER| / |EYE_OUTER - EYE_INNER|, per side
  mouthOpen = |UPPER_LIP_INNER - LOWER_LIP_INNER| / f
  mouthWidth = |MOUTH_LEFT - MOUTH_RIGHT| / f
  headYaw = (a - b) / (a + b), a = dot(NOSE_TIP - FACE_RIGHT, u), b = dot(FACE_LEFT - NOSE_TIP, u):
    about sin(yaw), > 0 turned toward the subject's left
  headPitch = (c - d) / (c + d), c = dot(NOSE_TIP - O, v), d = dot(M - NOSE_TIP, v),
    M = mid(MOUTH_LEFT, MOUTH_RIGHT): > 0 head down; about 0.08 on a frontal canonical face
  (both clamped to [-1, 1], and 0 when a + b or c + d is below MIN_RATIO_SPAN * f = 0.25 f)
  headRoll = atan2(R.Y - L.Y, L.X - R.X) radians, > 0 tilted toward the subject's right shoulder
  gazeX, gazeY = mean over the eyes with a finite iris centre (468 right, 473 left) of
    dot(IRIS - mid(EYE_OUTER, EYE_INNER), u or v) / |EYE_OUTER - EYE_INNER|; 0 without irises
A missing face is all 0 (face.mask 0).

Velocities, per second (first difference times fps): vel.HAND.wrist.x/y when the hand is
present in both frames and a body frame existed at the earlier one; vel.HAND.NAME.x/y/z (the
hand shape) when the hand is present in both; vel.face.headYaw/headPitch when the face is
present in both (nods and headshakes). Otherwise 0, and 0 at the first frame.
END FEATURE DEFINITION

CLI (the TypeScript parity test drives it; frames are raw float32 little-endian):
  /usr/bin/python3 -m training.slt.features --in frames.f32 --shape T,109,3 --fps 30 --out feats.f32
  /usr/bin/python3 -m training.slt.features --names names.json
  /usr/bin/python3 -m training.slt.features --bench 200
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from typing import List, Sequence, Tuple

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

FEATURE_VERSION = 2
MIN_PART_SIZE = 1e-3  # image heights
MIN_RATIO_SPAN = 0.25  # eye distances
NORMALISER_WINDOW_S = 1.0

# The corpus layout (src/shared/synth/points.ts): pose 0-24, left hand, right hand, face points.
POSE_START, LEFT_HAND_START, RIGHT_HAND_START, FACE_START = 0, 25, 46, 67
CORPUS_POINT_COUNT = 109
HAND_STARTS = (("leftHand", LEFT_HAND_START), ("rightHand", RIGHT_HAND_START))

# Pose points kept (name, pose index): nose, ears, then shoulders to thumbs (11-22).
POSE_FEATURE_POINTS: Tuple[Tuple[str, int], ...] = (
    ("NOSE", 0), ("LEFT_EAR", 7), ("RIGHT_EAR", 8),
    ("LEFT_SHOULDER", 11), ("RIGHT_SHOULDER", 12), ("LEFT_ELBOW", 13), ("RIGHT_ELBOW", 14),
    ("LEFT_WRIST", 15), ("RIGHT_WRIST", 16), ("LEFT_PINKY", 17), ("RIGHT_PINKY", 18),
    ("LEFT_INDEX", 19), ("RIGHT_INDEX", 20), ("LEFT_THUMB", 21), ("RIGHT_THUMB", 22),
)
HAND_SHAPE_NAMES: Tuple[str, ...] = (
    "THUMB_CMC", "THUMB_MCP", "THUMB_IP", "THUMB_TIP",
    "INDEX_FINGER_MCP", "INDEX_FINGER_PIP", "INDEX_FINGER_DIP", "INDEX_FINGER_TIP",
    "MIDDLE_FINGER_MCP", "MIDDLE_FINGER_PIP", "MIDDLE_FINGER_DIP", "MIDDLE_FINGER_TIP",
    "RING_FINGER_MCP", "RING_FINGER_PIP", "RING_FINGER_DIP", "RING_FINGER_TIP",
    "PINKY_MCP", "PINKY_PIP", "PINKY_DIP", "PINKY_TIP",
)
# The corpus face points in corpus order (ascending mesh index), named as in face-mesh.ts.
FACE_POINT_NAMES: Tuple[str, ...] = (
    "UPPER_LIP_OUTER", "NOSE_TIP", "SUBNASALE", "NOSE_DORSUM", "FOREHEAD", "UPPER_LIP_INNER",
    "LOWER_LIP_INNER", "LOWER_LIP_OUTER", "RIGHT_EYE_OUTER", "MOUTH_RIGHT", "RIGHT_BROW_MID",
    "RIGHT_BROW_OUTER", "RIGHT_BROW_ARCH", "RIGHT_BROW_INNER", "RIGHT_EYE_INNER", "RIGHT_EYE_LOWER",
    "CHIN", "RIGHT_EYE_UPPER", "NOSE_BRIDGE", "RIGHT_CHEEK", "FACE_RIGHT", "LEFT_EYE_OUTER",
    "MOUTH_LEFT", "LEFT_BROW_MID", "LEFT_BROW_OUTER", "LEFT_BROW_ARCH", "LEFT_BROW_INNER",
    "LEFT_EYE_INNER", "LEFT_EYE_LOWER", "LEFT_EYE_UPPER", "LEFT_CHEEK", "FACE_LEFT",
    "RIGHT_IRIS_CENTER", "RIGHT_IRIS_RING_0", "RIGHT_IRIS_RING_1", "RIGHT_IRIS_RING_2",
    "RIGHT_IRIS_RING_3", "LEFT_IRIS_CENTER", "LEFT_IRIS_RING_0", "LEFT_IRIS_RING_1",
    "LEFT_IRIS_RING_2", "LEFT_IRIS_RING_3",
)
FACE_SCALAR_NAMES: Tuple[str, ...] = (
    "browRaiseLeft", "browRaiseRight", "browFurrow", "eyeOpenLeft", "eyeOpenRight", "mouthOpen",
    "mouthWidth", "headYaw", "headPitch", "headRoll", "gazeX", "gazeY",
)
XYZ = ("x", "y", "z")


def _points(prefix: str, names: Sequence[str], axes: Sequence[str] = XYZ) -> List[str]:
    return [f"{prefix}.{n}.{c}" for n in names for c in axes]


def _names() -> List[str]:
    names = ["body.mask"] + _points("pose", [n for n, _ in POSE_FEATURE_POINTS], ("x", "y"))  # no pose z (v2)
    for side, _ in HAND_STARTS:
        names += [f"{side}.mask", f"{side}.wrist.x", f"{side}.wrist.y", f"{side}.scale"]
        names += _points(side, HAND_SHAPE_NAMES)
    names += ["face.mask"] + _points("face", FACE_POINT_NAMES) + [f"face.{n}" for n in FACE_SCALAR_NAMES]
    for side, _ in HAND_STARTS:
        names += [f"vel.{side}.wrist.x", f"vel.{side}.wrist.y"] + _points(f"vel.{side}", HAND_SHAPE_NAMES)
    return names + ["vel.face.headYaw", "vel.face.headPitch"]


FEATURE_NAMES: Tuple[str, ...] = tuple(_names())
FEATURE_DIM = len(FEATURE_NAMES)
_INDEX = {n: i for i, n in enumerate(FEATURE_NAMES)}
_FACE = {n: FACE_START + k for k, n in enumerate(FACE_POINT_NAMES)}
HAND_SHAPE_VALUES = len(HAND_SHAPE_NAMES) * 3


def normaliser_window(fps: float) -> int:
    """Window length in frames; floor(x + 0.5) as in TypeScript (not banker's rounding)."""
    return max(1, int(np.floor(NORMALISER_WINDOW_S * fps + 0.5)))


def _finite(v: np.ndarray) -> np.ndarray:
    return np.where(np.isfinite(v), v, 0.0)


def _dist(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    d = a - b
    return np.sqrt(d[..., 0] * d[..., 0] + d[..., 1] * d[..., 1] + d[..., 2] * d[..., 2])


def _mid(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return (a + b) / 2


def _dot2(a: np.ndarray, b: np.ndarray, ux: np.ndarray, uy: np.ndarray) -> np.ndarray:
    """Image-plane dot product of (a - b) with the unit vector (ux, uy), per frame."""
    return (a[..., 0] - b[..., 0]) * ux + (a[..., 1] - b[..., 1]) * uy


def _window_median(values: np.ndarray, has: np.ndarray, n: int) -> Tuple[np.ndarray, np.ndarray]:
    """Per frame t: the median of each column of `values` over the last n rows up to t where
    `has` is true ([T, 3], NaN where there are none yet) and whether there were any."""
    k = np.cumsum(has) - 1  # index (among the rows that have) of the latest one up to t
    ref = np.full(values.shape, np.nan)
    valid = values[has]
    m = len(valid)
    if m == 0:
        return ref, k >= 0
    padded = np.concatenate([np.full((n - 1, values.shape[1]), np.nan), valid])
    windows = np.sort(sliding_window_view(padded, n, axis=0), axis=-1)  # [m, 3, n], NaN last
    count = np.minimum(np.arange(1, m + 1), n)
    lo = np.take_along_axis(windows, ((count - 1) // 2)[:, None, None], axis=-1)[..., 0]
    hi = np.take_along_axis(windows, (count // 2)[:, None, None], axis=-1)[..., 0]
    medians = (lo + hi) / 2
    ref[k >= 0] = medians[k[k >= 0]]
    return ref, k >= 0


def _ratio(a: np.ndarray, b: np.ndarray, f: np.ndarray) -> np.ndarray:
    span = a + b
    value = _finite(np.clip((a - b) / span, -1.0, 1.0))
    return np.where(span >= MIN_RATIO_SPAN * f, value, 0.0)


def _put(out: np.ndarray, name: str, value: np.ndarray, where: np.ndarray) -> None:
    out[:, _INDEX[name]] = np.where(where, _finite(value), 0.0)


def _body(P: np.ndarray, fps: float, out: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    left, right = P[:, POSE_START + 11], P[:, POSE_START + 12]
    dx, dy = left[:, 0] - right[:, 0], left[:, 1] - right[:, 1]
    width = np.sqrt(dx * dx + dy * dy)
    has = width >= MIN_PART_SIZE
    measures = np.stack([(left[:, 0] + right[:, 0]) / 2, (left[:, 1] + right[:, 1]) / 2, width], axis=1)
    ref, has_ref = _window_median(measures, has, normaliser_window(fps))
    out[:, _INDEX["body.mask"]] = has
    pose = P[:, [POSE_START + i for _, i in POSE_FEATURE_POINTS]]  # [T, 15, 3]
    cx, cy, w = ref[:, 0, None], ref[:, 1, None], ref[:, 2, None]
    coords = np.stack([(pose[..., 0] - cx) / w, (pose[..., 1] - cy) / w], axis=-1)
    start = _INDEX[f"pose.{POSE_FEATURE_POINTS[0][0]}.x"]
    out[:, start:start + coords.shape[1] * 2] = np.where(has_ref[:, None], _finite(coords.reshape(len(P), -1)), 0.0)
    return ref, has_ref


def _hand(P: np.ndarray, side: str, first: int, ref: np.ndarray, has_ref: np.ndarray, out: np.ndarray) -> np.ndarray:
    hand = P[:, first:first + 21]
    wrist = hand[:, 0]
    size = _dist(wrist, hand[:, 9])
    present = size >= MIN_PART_SIZE
    placed = present & has_ref
    out[:, _INDEX[f"{side}.mask"]] = present
    _put(out, f"{side}.wrist.x", (wrist[:, 0] - ref[:, 0]) / ref[:, 2], placed)
    _put(out, f"{side}.wrist.y", (wrist[:, 1] - ref[:, 1]) / ref[:, 2], placed)
    _put(out, f"{side}.scale", size / ref[:, 2], placed)
    shape = (hand[:, 1:] - wrist[:, None]) / size[:, None, None]
    start = _INDEX[f"{side}.{HAND_SHAPE_NAMES[0]}.x"]
    out[:, start:start + HAND_SHAPE_VALUES] = np.where(present[:, None], _finite(shape.reshape(len(P), -1)), 0.0)
    return present


def _face(P: np.ndarray, out: np.ndarray) -> np.ndarray:
    def at(name: str) -> np.ndarray:
        return P[:, _FACE[name]]

    right = _mid(at("RIGHT_EYE_OUTER"), at("RIGHT_EYE_INNER"))
    left = _mid(at("LEFT_EYE_OUTER"), at("LEFT_EYE_INNER"))
    f = _dist(left, right)
    present = f >= MIN_PART_SIZE
    origin = _mid(left, right)
    ex, ey = left[:, 0] - right[:, 0], left[:, 1] - right[:, 1]
    eye_line = np.sqrt(ex * ex + ey * ey)
    ux, uy = ex / eye_line, ey / eye_line  # toward the subject's left
    vx, vy = -uy, ux  # down the face
    out[:, _INDEX["face.mask"]] = present

    pts = P[:, FACE_START:FACE_START + len(FACE_POINT_NAMES)]  # [T, 42, 3]
    o = origin[:, None]
    coords = np.stack([
        _dot2(pts, o, ux[:, None], uy[:, None]) / f[:, None],
        _dot2(pts, o, vx[:, None], vy[:, None]) / f[:, None],
        (pts[..., 2] - o[..., 2]) / f[:, None],
    ], axis=-1)
    start = _INDEX[f"face.{FACE_POINT_NAMES[0]}.x"]
    out[:, start:start + coords.shape[1] * 3] = np.where(present[:, None], _finite(coords.reshape(len(P), -1)), 0.0)

    def put(name: str, value: np.ndarray) -> None:
        _put(out, f"face.{name}", value, present)

    for side, label in (("LEFT", "Left"), ("RIGHT", "Right")):
        brow = (at(f"{side}_BROW_ARCH") + at(f"{side}_BROW_MID") + at(f"{side}_BROW_INNER")) / 3
        eye = (at(f"{side}_EYE_OUTER") + at(f"{side}_EYE_INNER") + at(f"{side}_EYE_UPPER") + at(f"{side}_EYE_LOWER")) / 4
        put(f"browRaise{label}", _dist(brow, eye) / f)
        put(f"eyeOpen{label}", _dist(at(f"{side}_EYE_UPPER"), at(f"{side}_EYE_LOWER"))
            / _dist(at(f"{side}_EYE_OUTER"), at(f"{side}_EYE_INNER")))
    put("browFurrow", _dist(at("LEFT_BROW_INNER"), at("RIGHT_BROW_INNER")) / f)
    put("mouthOpen", _dist(at("UPPER_LIP_INNER"), at("LOWER_LIP_INNER")) / f)
    put("mouthWidth", _dist(at("MOUTH_LEFT"), at("MOUTH_RIGHT")) / f)

    nose = at("NOSE_TIP")
    put("headYaw", _ratio(_dot2(nose, at("FACE_RIGHT"), ux, uy), _dot2(at("FACE_LEFT"), nose, ux, uy), f))
    mouth = _mid(at("MOUTH_LEFT"), at("MOUTH_RIGHT"))
    put("headPitch", _ratio(_dot2(nose, origin, vx, vy), _dot2(mouth, nose, vx, vy), f))
    put("headRoll", np.arctan2(right[:, 1] - left[:, 1], ex))

    for axis, (ax, ay) in (("X", (ux, uy)), ("Y", (vx, vy))):
        total = np.zeros(len(P))
        eyes = np.zeros(len(P))
        for side in ("LEFT", "RIGHT"):  # same order as TypeScript: the sum is not reordered
            outer, inner = at(f"{side}_EYE_OUTER"), at(f"{side}_EYE_INNER")
            g = _dot2(at(f"{side}_IRIS_CENTER"), _mid(outer, inner), ax, ay) / _dist(outer, inner)
            ok = np.isfinite(g)
            total = total + np.where(ok, g, 0.0)
            eyes = eyes + ok
        put(f"gaze{axis}", np.where(eyes > 0, total / np.maximum(eyes, 1), 0.0))
    return present


def write_velocities(out: np.ndarray, has_ref: np.ndarray, fps: float) -> None:
    """Rows 1.. of the velocity columns of `out` [T, FEATURE_DIM] from its positions and masks at
    `fps` (row 0 is left as it is). Also used by fps_aug.py on a slower camera's frames."""
    if len(out) < 2:
        return
    cur, prev = out[1:], out[:-1]
    for side, _ in HAND_STARTS:
        mask = _INDEX[f"{side}.mask"]
        both = (cur[:, mask] == 1) & (prev[:, mask] == 1)
        placed = both & has_ref[:-1]
        w, v = _INDEX[f"{side}.wrist.x"], _INDEX[f"vel.{side}.wrist.x"]
        out[1:, v:v + 2] = np.where(placed[:, None], (cur[:, w:w + 2] - prev[:, w:w + 2]) * fps, 0.0)
        s = _INDEX[f"{side}.{HAND_SHAPE_NAMES[0]}.x"]
        vs = _INDEX[f"vel.{side}.{HAND_SHAPE_NAMES[0]}.x"]
        diff = (cur[:, s:s + HAND_SHAPE_VALUES] - prev[:, s:s + HAND_SHAPE_VALUES]) * fps
        out[1:, vs:vs + HAND_SHAPE_VALUES] = np.where(both[:, None], diff, 0.0)
    face = _INDEX["face.mask"]
    both = (cur[:, face] == 1) & (prev[:, face] == 1)
    for name in ("headYaw", "headPitch"):
        i = _INDEX[f"face.{name}"]
        out[1:, _INDEX[f"vel.face.{name}"]] = np.where(both, (cur[:, i] - prev[:, i]) * fps, 0.0)


def sequence_features(frames: np.ndarray, fps: float, aspect: float = 1.0) -> np.ndarray:
    """Features [T, FEATURE_DIM] float32 of corpus frames [T, 109, 3] (NaN allowed)."""
    frames = np.asarray(frames)
    if frames.ndim != 3 or frames.shape[1:] != (CORPUS_POINT_COUNT, 3):
        raise ValueError(f"frames must have shape [T, {CORPUS_POINT_COUNT}, 3]; got {list(frames.shape)}")
    if not (np.isfinite(fps) and fps > 0):
        raise ValueError(f"fps must be a finite number above 0; got {fps}")
    if not (np.isfinite(aspect) and aspect > 0):
        raise ValueError(f"aspect (image width / height) must be finite and above 0; got {aspect}")
    # float32 first, as the runtime holds them (float16 shards widen exactly), then float64 maths.
    if len(frames) == 0:
        return np.zeros((0, FEATURE_DIM), np.float32)
    P = frames.astype(np.float32).astype(np.float64)
    P[..., 0] *= aspect
    P[..., 2] *= aspect
    out = np.zeros((len(P), FEATURE_DIM))
    with np.errstate(all="ignore"):  # NaN and division by zero are expected; _finite clears them
        ref, has_ref = _body(P, fps, out)
        for side, first in HAND_STARTS:
            _hand(P, side, first, ref, has_ref, out)
        _face(P, out)
        write_velocities(out, has_ref, fps)
    return out.astype(np.float32)


def _bench(utterances: int, frames: int = 120) -> float:
    """Milliseconds per utterance of `frames` random frames with some parts missing."""
    rng = np.random.default_rng(0)
    data = rng.random((utterances, frames, CORPUS_POINT_COUNT, 3), dtype=np.float32)
    data[:, ::7, LEFT_HAND_START:RIGHT_HAND_START] = np.nan
    start = time.perf_counter()
    for u in range(utterances):
        sequence_features(data[u], 30.0)
    return (time.perf_counter() - start) * 1000 / utterances


def main(argv: Sequence[str] | None = None) -> None:
    p = argparse.ArgumentParser(description="SLT features of raw float32 corpus frames (parity with TypeScript).")
    p.add_argument("--in", dest="inp", help="raw float32 little-endian frames")
    p.add_argument("--shape", help="T,109,3")
    p.add_argument("--fps", type=float, default=30.0)
    p.add_argument("--aspect", type=float, default=1.0, help="image width / height")
    p.add_argument("--out", help="raw float32 little-endian features [T, FEATURE_DIM]")
    p.add_argument("--names", help="write {version, dim, names} as JSON to this path")
    p.add_argument("--bench", type=int, help="time this many random 120-frame utterances")
    a = p.parse_args(argv)
    if a.names:
        with open(a.names, "w", encoding="utf-8") as f:
            json.dump({"version": FEATURE_VERSION, "dim": FEATURE_DIM, "names": list(FEATURE_NAMES)}, f)
    if a.bench:
        print(f"{_bench(a.bench):.3f} ms per 120-frame utterance")
    if a.inp or a.out:
        if not (a.inp and a.out and a.shape):
            p.error("--in, --shape and --out go together")
        shape = tuple(int(s) for s in a.shape.split(","))
        frames = np.fromfile(a.inp, dtype="<f4")
        if frames.size != int(np.prod(shape)):
            p.error(f"--in holds {frames.size} values; --shape {a.shape} needs {int(np.prod(shape))}")
        sequence_features(frames.reshape(shape), a.fps, a.aspect).astype("<f4").tofile(a.out)


if __name__ == "__main__":
    main(sys.argv[1:])


# ---- the model's own frame rate (src/shared/slt/features/resample.ts computes the same) ----
MODEL_FPS = 25.0


def resampled_length(frames: int, fps: float, target_fps: float = MODEL_FPS) -> int:
    if frames <= 0:
        return 0
    return int(np.floor((frames - 1) * target_fps / fps + 1e-9)) + 1


def resample_features(x: np.ndarray, fps: float, target_fps: float = MODEL_FPS) -> np.ndarray:
    """Features [T, F] at `fps` → [K, F] at `target_fps` by linear interpolation in time: output
    frame k sits at k / target_fps seconds, input frame i at i / fps. Cameras give 8-60 fps; the
    encoder downsamples a fixed number of frames per step, so it needs one rate."""
    if not (fps > 0 and target_fps > 0):
        raise ValueError(f"resample: fps {fps} -> {target_fps}; both must be above 0")
    t = x.shape[0]
    n = resampled_length(t, fps, target_fps)
    s = np.arange(n, dtype=np.float64) * fps / target_fps
    i0 = np.minimum(t - 1, np.floor(s + 1e-9).astype(np.int64))
    i1 = np.minimum(t - 1, i0 + 1)
    w = np.clip(s - i0, 0.0, 1.0).astype(np.float32)[:, None]
    a = x[i0].astype(np.float32)
    b = x[i1].astype(np.float32)
    return (a + w * (b - a)).astype(np.float32)
