"""SLT features (training/slt/features.py): shapes, finiteness, the causal body-frame median,
invariances, velocities and speed. Parity with TypeScript: test/integration/slt-features-parity.test.ts."""
import time

import numpy as np
import pytest

from training.slt import features as F

T = 120


def signer(t_count: int = T, seed: int = 0) -> np.ndarray:
    """Random but plausible frames: every point near its part's centre, parts well apart."""
    rng = np.random.default_rng(seed)
    frames = np.empty((t_count, F.CORPUS_POINT_COUNT, 3), np.float32)
    frames[:] = rng.normal(0.5, 0.05, frames.shape)
    frames[:, 11] = [0.62, 0.5, 0.0]  # left shoulder
    frames[:, 12] = [0.38, 0.5, 0.0]
    for start, x in ((F.LEFT_HAND_START, 0.6), (F.RIGHT_HAND_START, 0.4)):
        frames[:, start:start + 21] = rng.normal([x, 0.6, 0.0], 0.03, (t_count, 21, 3))
    frames[:, F.FACE_START:] = rng.normal([0.5, 0.3, 0.0], 0.03, (t_count, 42, 3))
    # Eye corners where a face has them, so the face unit is well defined.
    for name, x in (("RIGHT_EYE_OUTER", 0.46), ("RIGHT_EYE_INNER", 0.48), ("LEFT_EYE_INNER", 0.52), ("LEFT_EYE_OUTER", 0.54)):
        frames[:, F._FACE[name], :2] = [x, 0.28]
    return frames


def col(name: str) -> int:
    return F.FEATURE_NAMES.index(name)


def test_names_and_shapes():
    assert len(F.FEATURE_NAMES) == F.FEATURE_DIM == len(set(F.FEATURE_NAMES)) == 424
    out = F.sequence_features(signer(), 30.0)
    assert out.shape == (T, F.FEATURE_DIM) and out.dtype == np.float32
    assert F.sequence_features(np.zeros((0, 109, 3), np.float32), 30.0).shape == (0, F.FEATURE_DIM)
    assert F.sequence_features(signer().astype(np.float16), 30.0).dtype == np.float32


def test_rejects_bad_input_naming_what_is_valid():
    with pytest.raises(ValueError, match=r"shape \[T, 109, 3\]; got \[5, 100, 3\]"):
        F.sequence_features(np.zeros((5, 100, 3)), 30.0)
    with pytest.raises(ValueError, match="fps must be a finite number above 0; got 0"):
        F.sequence_features(signer(2), 0)


def test_never_nan_and_all_zero_when_nothing_is_detected():
    frames = signer()
    rng = np.random.default_rng(1)
    frames[rng.random(frames.shape) < 0.05] = np.nan
    frames[10:20, F.LEFT_HAND_START:F.RIGHT_HAND_START] = np.nan
    frames[30:35] = np.nan
    out = F.sequence_features(frames, 30.0)
    assert np.isfinite(out).all()
    assert (out[30:35, [col("body.mask"), col("leftHand.mask"), col("rightHand.mask"), col("face.mask")]] == 0).all()
    assert (out[10:20, [i for i, n in enumerate(F.FEATURE_NAMES) if "leftHand" in n]] == 0).all()
    empty = np.full((8, 109, 3), np.nan, np.float32)
    assert (F.sequence_features(empty, 30.0) == 0).all()


def test_window_median_matches_a_plain_loop():
    rng = np.random.default_rng(2)
    values = rng.random((50, 3))
    has = rng.random(50) < 0.6
    has[:3] = False
    for n in (1, 4, 7):
        ref, has_ref = F._window_median(values, has, n)
        seen = []
        for t in range(50):
            if has[t]:
                seen.append(values[t])
            assert has_ref[t] == bool(seen)
            if seen:
                np.testing.assert_array_equal(ref[t], np.median(np.array(seen[-n:]), axis=0))


def test_invariant_to_image_translation_and_scale():
    frames = signer()
    moved = frames.astype(np.float64) * 0.5
    moved[..., 0] += 0.2
    moved[..., 1] += 0.1
    a = F.sequence_features(frames, 30.0)
    b = F.sequence_features(moved.astype(np.float32), 30.0)
    np.testing.assert_allclose(b, a, rtol=1e-3, atol=1e-3)
    assert np.abs(a).max() > 1  # not trivially zero


def test_velocity_is_per_second_and_zero_across_a_gap():
    frames = signer(30)
    frames[:, F.LEFT_HAND_START:F.RIGHT_HAND_START] = frames[0, F.LEFT_HAND_START:F.RIGHT_HAND_START]
    step = 0.24 / 30  # one shoulder width per second at 30 fps
    frames[:, F.LEFT_HAND_START:F.RIGHT_HAND_START, 0] += (np.arange(30) * step)[:, None]
    frames[20, F.LEFT_HAND_START:F.RIGHT_HAND_START] = np.nan
    out = F.sequence_features(frames, 30.0)
    vx = out[:, col("vel.leftHand.wrist.x")]
    np.testing.assert_allclose(vx[1:20], 1.0, rtol=1e-4)
    assert vx[0] == 0 and vx[20] == 0 and vx[21] == 0
    np.testing.assert_allclose(out[1:20, col("vel.leftHand.THUMB_TIP.x")], 0, atol=1e-3)


def test_speed_per_120_frame_utterance():
    frames = signer()
    frames[::5, F.RIGHT_HAND_START:F.FACE_START] = np.nan
    F.sequence_features(frames, 30.0)
    runs = 50
    start = time.perf_counter()
    for _ in range(runs):
        F.sequence_features(frames, 30.0)
    ms = (time.perf_counter() - start) * 1000 / runs
    print(f"sequence_features: {ms:.2f} ms per {T}-frame utterance")
    assert ms < 25  # 50,000 utterances in well under half an hour on one shared core


def test_cli_round_trip(tmp_path):
    frames = signer(10)
    frames[3, 11] = np.nan
    frames.astype("<f4").tofile(tmp_path / "in.f32")
    F.main(["--in", str(tmp_path / "in.f32"), "--shape", "10,109,3", "--fps", "25", "--aspect", "1.5",
            "--out", str(tmp_path / "out.f32")])
    back = np.fromfile(tmp_path / "out.f32", dtype="<f4").reshape(10, F.FEATURE_DIM)
    np.testing.assert_array_equal(back, F.sequence_features(frames, 25.0, 1.5))


def test_resample_to_model_rate_matches_shared_vectors():
    """The same vectors as test/unit/slt/resample.test.ts: both languages give these numbers."""
    from training.slt.features import MODEL_FPS, resample_features, resampled_length

    x = np.array([[0.0, 1.0], [1.0, 3.0], [2.0, 5.0], [4.0, 9.0]], np.float32)
    assert MODEL_FPS == 25.0
    assert resampled_length(4, 10.0) == 8
    y = resample_features(x, 10.0)
    np.testing.assert_allclose(y[:, 0], [0, 0.4, 0.8, 1.2, 1.6, 2.0, 2.8, 3.6], atol=1e-6)
    np.testing.assert_allclose(y[:, 1], [1, 1.8, 2.6, 3.4, 4.2, 5.0, 6.6, 8.2], atol=1e-6)
    np.testing.assert_array_equal(resample_features(x, 25.0), x)
    np.testing.assert_array_equal(resample_features(x, 50.0), x[[0, 2]])
