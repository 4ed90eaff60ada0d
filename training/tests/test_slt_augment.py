"""Face appearance augmentation: constant per utterance, only where a face is, nothing else moved."""
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
