"""Frame-rate augmentation (training/slt/fps_aug.py): a slow camera's features, as the runtime
computes them (features at the camera's rate, then linear resampling to the model's rate)."""
import numpy as np
import pytest

from training.slt import features as F
from training.slt import fps_aug as FA
from training.tests.test_slt_features import signer


def moving_signer(frames=90, seed=0):
    """signer() with both hands and the head moving smoothly, and a gap in the left hand."""
    x = signer(frames, seed)
    t = np.arange(frames) / 30.0
    for start, sign in ((F.LEFT_HAND_START, 1), (F.RIGHT_HAND_START, -1)):
        x[:, start:start + 21, 0] += (0.05 * np.sin(2 * np.pi * t) * sign)[:, None]
        x[:, start:start + 21, 1] += (0.04 * np.cos(3 * t))[:, None]
    x[40:44, F.LEFT_HAND_START:F.LEFT_HAND_START + 21] = np.nan
    return x


def test_off_is_the_plain_resampling():
    x = F.sequence_features(moving_signer(), 30.0)
    rng = FA.fps_rng(1, 0, 7)
    np.testing.assert_array_equal(FA.slow_camera(x, 30.0, rng, 0.0), F.resample_features(x, 30.0))


def test_kept_frames_equal_features_computed_at_the_camera_rate():
    frames = moving_signer()
    x = F.sequence_features(frames, 30.0)
    idx = np.array([0, 4, 9, 13, 17, 22, 26, 30, 35, 39, 41, 44, 48, 52, 57, 61, 65, 70, 74, 78, 83, 87])
    got = FA.camera_features(x, idx, 7.0)
    want = F.sequence_features(frames[idx], 7.0)
    # The shoulders are still, so the body frame is the same at either rate.
    np.testing.assert_allclose(got, want, atol=1e-5)
    assert np.any(got[:, FA.VEL_COLS] != 0) and np.any(got[:, F.FEATURE_NAMES.index("vel.leftHand.wrist.x")] == 0)


def test_even_times_resample_as_the_runtime_does():
    x = F.sequence_features(moving_signer(), 30.0)[::3]
    times = np.arange(len(x)) / 10.0
    np.testing.assert_allclose(FA.onto_grid(x, times), F.resample_features(x, 10.0), rtol=1e-5, atol=1e-5)


def test_camera_ticks_are_slow_increasing_and_deterministic():
    rates = []
    for i in range(200):
        idx, fps = FA.camera_frames(150, 30.0, FA.fps_rng(3, 1, i), 1.0)
        assert idx is not None and FA.FPS_RANGE[0] <= fps <= FA.FPS_RANGE[1]
        assert np.all(np.diff(idx) > 0) and idx[0] >= 0 and idx[-1] <= 149
        # 5 s at the camera's rate, give or take the phase, the jitter and merged ticks
        assert abs(len(idx) - 5 * fps) <= 2
        rates.append(fps)
        again, fps2 = FA.camera_frames(150, 30.0, FA.fps_rng(3, 1, i), 1.0)
        np.testing.assert_array_equal(idx, again)
    assert min(rates) < 5.5 and max(rates) > 11
    out = FA.slow_camera(F.sequence_features(moving_signer(150), 30.0), 30.0, FA.fps_rng(3, 1, 0), 1.0)
    assert out.shape[1] == F.FEATURE_DIM and abs(out.shape[0] - 125) <= 8 and np.all(np.isfinite(out))


def test_probability_is_checked():
    with pytest.raises(ValueError, match="expected a number from 0 to 1"):
        FA.camera_frames(90, 30.0, FA.fps_rng(1, 0, 0), 1.5)


def test_training_with_it_is_deterministic_and_sees_other_features(tmp_path):
    from training.tests.test_slt_shards import ensure_features, write_tiny_corpus
    from training.tests.test_slt_train import run

    ensure_features()
    corpus = write_tiny_corpus(str(tmp_path / "corpus"), n_train=32, n_dev=8, seed=0)
    a = run(corpus, tmp_path / "a", "--epochs", "1", "--stop-at-step", "3", "--fps-aug", "1")
    b = run(corpus, tmp_path / "b", "--epochs", "1", "--stop-at-step", "3", "--fps-aug", "1")
    plain = run(corpus, tmp_path / "c", "--epochs", "1", "--stop-at-step", "3")
    assert a["step_losses"] == b["step_losses"]
    assert a["step_losses"] != plain["step_losses"]
