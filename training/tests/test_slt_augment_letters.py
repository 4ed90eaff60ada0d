"""Augmentations for letter models read on real clips: the passive hand removed (real letter clips
show one hand), each hand turned out of the image plane (a model that ignores hand z reads 2-D
projections, which change as real signers turn a letter)."""
import numpy as np
import pytest

from training.slt import augment as A
from training.slt import features as F

IDX = F.FEATURE_NAMES.index


def two_hands(frames=30, passive="leftHand"):
    """A body; the active hand up at the chin, the passive hand resting low; random hand shapes."""
    rng = np.random.default_rng(0)
    x = np.zeros((frames, F.FEATURE_DIM), np.float32)
    x[:, IDX("body.mask")] = 1
    for s in A.HAND_SIDES:
        x[:, IDX(f"{s}.mask")] = 1
        x[:, IDX(f"{s}.wrist.y")] = 1.2 if s == passive else -0.6
        x[:, A.HAND_POINT_XYZ[s]] = rng.normal(0, 0.5, (frames, 20, 3))
        x[:, A.HAND_POINT_VEL[s]] = rng.normal(0, 0.1, (frames, 20, 3))
    return x


def moved_columns(x, y):
    return set(np.nonzero((x != y).any(axis=0))[0].tolist())


@pytest.mark.parametrize("passive", A.HAND_SIDES)
def test_the_passive_hand_is_the_lower_one_and_goes_whole(passive):
    x = two_hands(passive=passive)
    assert A.passive_side(x) == passive
    y = A.drop_passive_hand(x, A.passive_rng(1, 0, 0), 1.0)
    assert not y[:, A.HAND_BLOCKS[passive]].any() and not y[:, A.HAND_VELOCITY[passive]].any()
    assert moved_columns(x, y) <= set(A.HAND_BLOCKS[passive].tolist()) | set(A.HAND_VELOCITY[passive].tolist())
    active = A.HAND_SIDES[1 - A.HAND_SIDES.index(passive)]
    assert np.array_equal(y[:, A.HAND_BLOCKS[active]], x[:, A.HAND_BLOCKS[active]])


def test_passive_hand_drop_follows_its_probability_and_is_deterministic():
    x = two_hands()
    gone = [not A.drop_passive_hand(x, A.passive_rng(1, 0, u), 0.5)[:, IDX("leftHand.mask")].any() for u in range(400)]
    assert 0.4 < np.mean(gone) < 0.6
    once = A.drop_passive_hand(x, A.passive_rng(1, 2, 3), 0.5)
    assert np.array_equal(once, A.drop_passive_hand(x, A.passive_rng(1, 2, 3), 0.5))
    assert np.array_equal(A.drop_passive_hand(x, A.passive_rng(1, 2, 3), 0.0), x)
    with pytest.raises(ValueError, match="expected a number from 0 to 1"):
        A.drop_passive_hand(x, A.passive_rng(1, 2, 3), 1.5)


def test_no_body_no_passive_hand():
    x = two_hands()
    x[:, IDX("body.mask")] = 0
    assert A.passive_side(x) is None
    assert np.array_equal(A.drop_passive_hand(x, A.passive_rng(1, 0, 0), 1.0), x)


def test_train_flags_default_to_off():
    from training.slt import train as T

    a = T.parse_args(["--corpus", "/tmp/c", "--out", "/tmp/x"])
    assert a.passive_hand_aug == 0.0 and a.hand_tilt_aug == 0.0
    a = T.parse_args(["--corpus", "/tmp/c", "--out", "/tmp/x", "--passive-hand-aug", "0.7", "--hand-tilt-aug", "30"])
    assert a.passive_hand_aug == 0.7 and a.hand_tilt_aug == 30.0

def test_hand_tilt_turns_each_hand_rigidly_out_of_the_image_plane_only():
    x = np.zeros((2, F.FEATURE_DIM), np.float32)
    s = "rightHand"
    x[:, A.HAND_POINT_XYZ[s][7]] = [0.0, -1.0, 0.0]  # the index tip straight up
    x[:, A.HAND_POINT_XYZ[s][3]] = [1.0, 0.0, 0.0]  # the thumb tip to the side
    most = 0.0
    for u in range(100):
        y = A.tilt_hands(x, A.tilt_rng(2, 0, u), 30.0)
        a, b = x[0, A.HAND_POINT_XYZ[s]], y[0, A.HAND_POINT_XYZ[s]]
        assert np.allclose(np.linalg.norm(a, axis=1), np.linalg.norm(b, axis=1), atol=1e-5)  # rigid
        tip = b[7]
        assert np.degrees(np.arccos(np.clip(-tip[1], -1, 1))) <= 30.0 + 1e-3  # pitch alone moves the tip
        assert abs(b[3][1]) < 1e-6  # no roll: a sideways thumb stays level
        most = max(most, np.degrees(np.arccos(np.clip(-tip[1], -1, 1))))
    assert most > 20.0
    assert np.array_equal(A.tilt_hands(x, A.tilt_rng(2, 0, 1), 0.0), x)
    with pytest.raises(ValueError, match="from 0 to 60"):
        A.tilt_hands(x, A.tilt_rng(2, 0, 1), 90.0)
