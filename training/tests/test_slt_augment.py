"""Face appearance augmentation: constant per utterance, only where a face is, nothing else moved.
Crop augmentation: a window through the middle of one-token utterances, deterministic."""
import numpy as np

from training.slt import augment as A
from training.slt import features as F


def features(frames=40, seed=0):
    rng = np.random.default_rng(seed)
    x = rng.normal(0, 1, (frames, F.FEATURE_DIM)).astype(np.float32)
    x[:, A.FACE_MASK] = 1
    x[10:15, A.FACE_MASK] = 0
    x[10:15, [i for i, n in enumerate(F.FEATURE_NAMES) if n.startswith("face.")]] = 0
    return x


def test_offsets_are_constant_over_the_utterance_and_only_on_the_face():
    x = features()
    y = A.augment_face(x, A.utterance_rng(1, 0, 7))
    d = y - x
    face = np.concatenate([A.FACE_XY, A.FACE_Z, A.SCALARS])
    others = np.setdiff1d(np.arange(F.FEATURE_DIM), face)
    assert np.all(d[:, others] == 0)
    assert np.all(d[10:15] == 0)  # no face: untouched, still all zero
    with_face = np.r_[0:10, 15:40]
    xy = d[with_face][:, A.FACE_XY]
    assert np.allclose(xy, xy[0], atol=1e-6) and np.abs(xy[0]).max() > 0
    sc = d[with_face][:, A.SCALARS]
    assert np.allclose(sc, sc[0], atol=1e-6)
    # depth is scaled then offset: z' = z * s + c, the same s for every point
    z, z2 = x[with_face][:, A.FACE_Z], y[with_face][:, A.FACE_Z]
    s = np.polyfit(z[:, 0], z2[:, 0], 1)[0]
    assert A.DEPTH_SCALE[0] - 1e-4 <= s <= A.DEPTH_SCALE[1] + 1e-4
    assert np.allclose(z2, z * s + (z2 - z * s)[0], atol=1e-4)


def test_deterministic_per_utterance_and_off_at_strength_zero():
    x = features()
    a = A.augment_face(x, A.utterance_rng(1, 2, 3))
    b = A.augment_face(x, A.utterance_rng(1, 2, 3))
    c = A.augment_face(x, A.utterance_rng(1, 2, 4))
    assert np.array_equal(a, b) and not np.array_equal(a, c)
    assert np.array_equal(A.augment_face(x, A.utterance_rng(1, 2, 3), 0.0), x)


def test_offsets_stay_below_the_grammatical_signal():
    # a yes/no question raises the brows by about 0.09 (augment.py): the offsets' spread is a quarter
    sds = dict(zip(A.SCALAR_SD, A.SCALAR_SDS))
    assert sds["browRaiseLeft"] * 4 <= 0.09 + 1e-9


def test_crop_keeps_a_window_through_the_middle_of_one_token_utterances():
    n = 60
    x = np.arange(n, dtype=np.float32)[:, None] * np.ones((1, 3), dtype=np.float32)
    lengths = set()
    for u in range(300):
        y = A.crop_single_sign(x, 1, A.crop_rng(3, 0, u), 1.0)
        start, end = int(y[0, 0]), int(y[-1, 0]) + 1
        np.testing.assert_array_equal(y, x[start:end])  # a contiguous window, not resampled
        assert start <= int(A.CROP_CORE[0] * n) and end >= int(np.ceil(A.CROP_CORE[1] * n))
        assert end - start >= A.MIN_CROP_FRAMES
        lengths.add(end - start)
        assert start > 0 or end < n  # probability 1: always cut, so it starts or ends mid-sign
    assert min(lengths) <= 0.35 * n and max(lengths) >= 0.85 * n


def test_crop_leaves_multi_token_short_and_unlucky_utterances_whole():
    x = np.zeros((60, 2), dtype=np.float32)
    assert A.crop_single_sign(x, 3, A.crop_rng(1, 0, 0), 1.0) is x  # glosses' frames unknown
    assert A.crop_single_sign(x, 1, A.crop_rng(1, 0, 0), 0.0) is not None
    assert A.crop_single_sign(x, 1, A.crop_rng(1, 0, 0), 0.0).shape == x.shape
    short = np.zeros((A.MIN_CROP_FRAMES, 2), dtype=np.float32)
    assert A.crop_single_sign(short, 1, A.crop_rng(1, 0, 0), 1.0).shape == short.shape
    cut = sum(A.crop_single_sign(x, 1, A.crop_rng(1, 0, u), 0.5).shape[0] < 60 for u in range(400))
    assert 150 < cut < 250  # about half at p = 0.5


def test_crop_is_deterministic_per_seed_epoch_and_utterance():
    x = np.zeros((80, 1), dtype=np.float32)
    win = [A.crop_window(80, A.crop_rng(7, e, u), 1.0) for e in range(3) for u in range(5)]
    assert win == [A.crop_window(80, A.crop_rng(7, e, u), 1.0) for e in range(3) for u in range(5)]
    assert len(set(win)) > 5
    assert A.crop_window(80, A.crop_rng(7, 0, 0), 1.0) != A.crop_window(80, A.crop_rng(8, 0, 0), 1.0)
    # the face offsets of the same utterance keep their own stream
    assert A.crop_rng(7, 0, 0).uniform() != A.utterance_rng(7, 0, 0).uniform()
    assert A.crop_single_sign(x, 1, A.crop_rng(7, 0, 0), 1.0).shape[0] == win[0][1] - win[0][0]


def test_crop_refuses_a_probability_outside_zero_to_one():
    import pytest

    with pytest.raises(ValueError, match="crop probability 1.5"):
        A.crop_window(40, A.crop_rng(1, 0, 0), 1.5)


def test_train_crop_flag_defaults_to_off():
    from training.slt import train as T

    assert T.parse_args(["--corpus", "/tmp/c", "--out", "/tmp/x"]).crop_aug == 0.0  # the ase run is unchanged
    assert T.parse_args(["--corpus", "/tmp/c", "--out", "/tmp/x", "--crop-aug", "0.5"]).crop_aug == 0.5


def body_with_hands(frames=50):
    """Hands at rest low and apart, then (frames 20-29) the right wrist at the nose."""
    x = np.zeros((frames, F.FEATURE_DIM), np.float32)
    idx = F.FEATURE_NAMES.index
    x[:, idx("body.mask")] = 1
    x[:, idx("pose.NOSE.y")] = -1.0
    for side, sx in (("leftHand", 0.6), ("rightHand", -0.6)):
        x[:, idx(f"{side}.mask")] = 1
        x[:, idx(f"{side}.wrist.x")] = sx
        x[:, idx(f"{side}.wrist.y")] = 1.0
        x[:, idx(f"{side}.INDEX_FINGER_TIP.y")] = -1.5
        x[:, idx(f"vel.{side}.INDEX_FINGER_TIP.y")] = 0.1
    x[20:30, idx("rightHand.wrist.x")] = 0.0
    x[20:30, idx("rightHand.wrist.y")] = -0.9
    return x


def test_hand_drops_follow_hard_frames_and_write_a_missing_hand_as_features_do():
    x = body_with_hands()
    hard = A.hard_frames(x, "rightHand")
    assert hard[21:29].all() and not hard[:19].any() and not hard[31:].any()
    assert not A.hard_frames(x, "leftHand")[:19].any()
    dropped_hard = dropped_rest = 0
    for u in range(200):
        y = A.drop_hands(x, A.drop_rng(3, 0, u), 1.0)
        gone = y[:, F.FEATURE_NAMES.index("rightHand.mask")] == 0
        # a dropped hand is all zero, velocities too, and on the frame after
        for t in np.nonzero(gone)[0]:
            assert not y[t, A.HAND_BLOCKS["rightHand"]].any()
            assert not y[t, A.HAND_VELOCITY["rightHand"]].any()
            if t + 1 < len(y):
                assert not y[t + 1, A.HAND_VELOCITY["rightHand"]].any()
        dropped_hard += gone[21:29].sum()
        dropped_rest += gone[:19].sum()
        # nothing but the hands changes
        others = np.setdiff1d(np.arange(F.FEATURE_DIM), np.concatenate(
            [A.HAND_BLOCKS[s] for s in A.HAND_SIDES] + [A.HAND_VELOCITY[s] for s in A.HAND_SIDES]))
        assert np.array_equal(y[:, others], x[:, others])
    assert dropped_hard / (200 * 8) > 4 * dropped_rest / (200 * 19)


def test_a_hand_in_front_of_the_torso_is_hard_only_when_asked():
    x = body_with_hands()
    idx = F.FEATURE_NAMES.index
    x[35:45, idx("leftHand.wrist.x")] = 0.1  # pointing at the chest
    x[35:45, idx("leftHand.wrist.y")] = 0.7
    assert not A.hard_frames(x, "leftHand")[36:45].any()  # (35 and 45: the jump there is fast)
    torso = A.hard_frames(x, "leftHand", torso=True)
    assert torso[36:45].all() and not torso[:19].any() and not torso[46:].any()  # the rest pose is not


def test_hand_drops_are_deterministic_and_off_at_zero():
    x = body_with_hands()
    assert np.array_equal(A.drop_hands(x, A.drop_rng(1, 2, 3)), A.drop_hands(x, A.drop_rng(1, 2, 3)))
    assert np.array_equal(A.drop_hands(x, A.drop_rng(1, 2, 3), 0.0), x)


def test_a_smaller_face_distance_spares_the_fingerspelling_position():
    x = body_with_hands()
    idx = F.FEATURE_NAMES.index
    x[20:30, idx("rightHand.wrist.x")] = -0.45  # beside the chin: 0.54 from the nose
    x[20:30, idx("rightHand.wrist.y")] = -0.7
    assert A.hard_frames(x, "rightHand")[21:29].all()  # the default (what ase-slt trained with)
    assert not A.hard_frames(x, "rightHand", face_distance=0.4)[21:29].any()


def test_hand_rotation_turns_each_hand_rigidly_and_nothing_else():
    x = body_with_hands()
    rng = np.random.default_rng(5)
    for s in A.HAND_SIDES:
        x[:, A.HAND_POINT_XYZ[s]] = rng.normal(0, 1, (len(x), 20, 3))
        x[:, A.HAND_POINT_VEL[s]] = rng.normal(0, 0.1, (len(x), 20, 3))
    y = A.rotate_hands(x, A.rotate_rng(1, 0, 4), 30.0)
    for s in A.HAND_SIDES:
        a, b = x[:, A.HAND_POINT_XYZ[s]], y[:, A.HAND_POINT_XYZ[s]]
        assert not np.allclose(a, b)
        # rigid: lengths and pairwise distances kept
        assert np.allclose(np.linalg.norm(a, axis=2), np.linalg.norm(b, axis=2), atol=1e-5)
        assert np.allclose(np.linalg.norm(a[:, 0] - a[:, 7], axis=1), np.linalg.norm(b[:, 0] - b[:, 7], axis=1), atol=1e-5)
        # the same rotation on every frame: the angle between frame 0 and frame 9 of a point is kept
        assert np.allclose((a[0] * a[9]).sum(1), (b[0] * b[9]).sum(1), atol=1e-4)
    moved = np.concatenate([A.HAND_POINT_XYZ[s].ravel() for s in A.HAND_SIDES]
                           + [A.HAND_POINT_VEL[s].ravel() for s in A.HAND_SIDES])
    others = np.setdiff1d(np.arange(F.FEATURE_DIM), moved)
    assert np.array_equal(y[:, others], x[:, others])
    assert np.array_equal(A.rotate_hands(x, A.rotate_rng(1, 0, 4), 0.0), x)
    assert np.array_equal(A.rotate_hands(x, A.rotate_rng(1, 0, 4), 30.0), y)


def test_hand_rotation_stays_within_the_limit():
    x = np.zeros((3, F.FEATURE_DIM), np.float32)
    s = "rightHand"
    x[:, A.HAND_POINT_XYZ[s][7]] = [0.0, -1.0, 0.0]  # the index tip straight up
    for u in range(100):
        y = A.rotate_hands(x, A.rotate_rng(2, 0, u), 20.0)
        tip = y[0, A.HAND_POINT_XYZ[s][7]]
        assert np.degrees(np.arccos(np.clip(-tip[1], -1, 1))) <= 20.0 * 1.25 + 1e-3
