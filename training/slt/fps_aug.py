"""Frame-rate augmentation (train.py --fps-aug P): with probability P a training utterance is seen
as a slow camera would deliver it to the app, not at the corpus's 30 fps.

Why: in the app, MediaPipe on CPU keeps up at 5-9 fps (test/e2e/slt-pixels.e2e.ts), and the
worker computes features at the camera's rate, then resamples them linearly to the model's 25 fps
(src/workers/slt/stream.ts). At 6 fps a sign's fast middle is a few straight segments, and the
velocities are differences over 1/6 s instead of 1/30 s. ase-slt v0.3.0 read the avatar clip's
MediaPipe landmarks at 30 and 10 fps but not at 7.5 or 6 (training/README.md, "On pixels"); the
corpus had no slow camera in it.

What it does, on the cached features at the corpus's own rate (rows of training/slt/features.py):
pick a camera rate in FPS_RANGE and a start phase, keep the frames nearest to that camera's
ticks (each tick shifted by up to TICK_JITTER of a period, as a busy landmarker's are), write the
velocity columns again as differences between kept frames × the camera rate (what the runtime's
FeatureStream does with its rate estimate), and interpolate the kept frames linearly at their
own times onto the model's 25 fps grid (what FeatureResampler does with each frame's own dt).
The body normaliser's window and the hand/face masks stay as the corpus-rate features had them.
Deterministic per (seed, epoch, utterance), as the other augmentations are.
"""
from __future__ import annotations

import numpy as np

from . import features as F

# The corpus already records at 10-60 fps (10, 12 and 15 fps are 28% of ase-50k's train split); the
# live landmarker runs at 5-9 fps, below all of them.
FPS_RANGE = (4.5, 12.0)
# Largest shift of a camera tick, as a fraction of the camera's period.
TICK_JITTER = 0.2
# A kept clip needs two frames to interpolate between.
MIN_KEPT = 2
_FPS_STREAM = 3  # keeps these draws apart from the other augmentations' for the same utterance

_BODY_MASK = F.FEATURE_NAMES.index("body.mask")
VEL_COLS = np.array([i for i, n in enumerate(F.FEATURE_NAMES) if n.startswith("vel.")], dtype=np.int64)


def fps_rng(seed: int, epoch: int, utterance: int) -> np.random.Generator:
    return np.random.default_rng([seed, epoch, utterance, _FPS_STREAM])


def camera_frames(n_frames: int, native_fps: float, rng: np.random.Generator, p: float):
    """(indices of the kept corpus frames, camera fps), or (None, native_fps) when not applied."""
    if not 0.0 <= p <= 1.0:
        raise ValueError(f"fps augmentation probability {p}: expected a number from 0 to 1")
    # Draws of a fixed count, so the stream does not depend on the outcome.
    u, fps, phase = rng.uniform(), rng.uniform(*FPS_RANGE), rng.uniform()
    ticks = int(np.ceil(n_frames / native_fps * FPS_RANGE[1])) + 2
    jitter = rng.uniform(-TICK_JITTER, TICK_JITTER, size=ticks)
    if u >= p or fps >= native_fps or n_frames < MIN_KEPT:
        return None, native_fps
    t = (phase + np.arange(ticks) + jitter) / fps  # seconds
    idx = np.unique(np.clip(np.round(t * native_fps).astype(np.int64), 0, n_frames - 1))
    idx = idx[idx <= n_frames - 1]
    if len(idx) < MIN_KEPT:
        return None, native_fps
    return idx, fps


def camera_features(x: np.ndarray, idx: np.ndarray, fps: float) -> np.ndarray:
    """The corpus-rate features' frames `idx`, with the velocities of a camera at `fps` (what
    features.sequence_features gives for those frames at that rate, the body frame held)."""
    kept = np.array(x[idx], dtype=np.float64)
    kept[:, VEL_COLS] = 0.0
    F.write_velocities(kept, kept[:, _BODY_MASK] == 1, fps)
    return kept.astype(np.float32)


def onto_grid(kept: np.ndarray, times: np.ndarray, target_fps: float = F.MODEL_FPS) -> np.ndarray:
    """Frames at `times` (seconds, increasing, from 0) linearly onto the `target_fps` grid; equals
    features.resample_features for evenly spaced times."""
    n_out = int(np.floor(times[-1] * target_fps + 1e-9)) + 1
    grid = np.arange(n_out) / target_fps
    hi = np.clip(np.searchsorted(times, grid + 1e-9, side="right"), 1, len(times) - 1)
    lo = hi - 1
    w = np.clip((grid - times[lo]) / (times[hi] - times[lo]), 0.0, 1.0)[:, None]
    return (kept[lo] + w * (kept[hi] - kept[lo])).astype(np.float32)


def slow_camera(x: np.ndarray, native_fps: float, rng: np.random.Generator, p: float,
                target_fps: float = F.MODEL_FPS) -> np.ndarray:
    """Features [T, F] at `native_fps` → features at `target_fps` as a slower camera gives them
    (see the module's comment); the plain resampling when the draw says no."""
    idx, fps = camera_frames(x.shape[0], native_fps, rng, p)
    if idx is None:
        return F.resample_features(x, native_fps, target_fps)
    return onto_grid(camera_features(x, idx, fps), (idx - idx[0]) / native_fps, target_fps)
