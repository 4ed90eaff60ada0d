"""The project's .pose files against pose-format, the field's reference library.

Both directions: a file written by the project (`cli slp --out x.pose`) must load in pose_format
with the same header and values the project itself reads, and a file written by pose_format must
load in the project (src/shared/pose-format, run with tsx) with the values pose_format holds.
Needs the set-up venv (pose-format from training/requirements.txt), node and node_modules; skips
without them, except under CI where set-up provides them.
"""

import base64
import io
import json
import os
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]
TSX = ROOT / "node_modules" / "tsx" / "dist" / "cli.mjs"
CLI = ROOT / "dist" / "node" / "cli.mjs"
POSE_FORMAT_TS = ROOT / "src" / "shared" / "pose-format" / "index.ts"
# Third-party sample files, read in place (never copied into the repository).
FIXTURES = ROOT.parent / "shared" / "fixtures" / "pose"
GLOSS = "HELLO MY NAME fs-JOHN"
HOLISTIC = ["POSE_LANDMARKS", "FACE_LANDMARKS", "LEFT_HAND_LANDMARKS", "RIGHT_HAND_LANDMARKS"]
HOLISTIC_POINTS = {"POSE_LANDMARKS": 33, "FACE_LANDMARKS": 478, "LEFT_HAND_LANDMARKS": 21, "RIGHT_HAND_LANDMARKS": 21}
# Where each Holistic component starts in the project's frame layout (src/shared/landmarks/layout.ts).
FRAME_OFFSET = {"POSE_LANDMARKS": 0, "LEFT_HAND_LANDMARKS": 33, "RIGHT_HAND_LANDMARKS": 54, "FACE_LANDMARKS": 75}
FRAME_POINTS = 553


def _missing(why: str):
    """Skip on a machine that never set up training; fail under CI, where set-up provides it."""
    if os.environ.get("CI"):
        pytest.fail(f"{why} (CI runs `npm run setup` first, which provides it)")
    pytest.skip(why)


try:
    from pose_format import Pose
except ImportError:
    # Not a failure even in CI: set-up installs it from PyPI, which a CI machine may not reach.
    pytest.skip("pose_format is not installed: run `npm run setup` (it builds .venv from PyPI)", allow_module_level=True)
from pose_format.numpy import NumPyPoseBody  # noqa: E402
from pose_format.pose_header import PoseHeader, PoseHeaderDimensions  # noqa: E402

# The project's reader, run by tsx: decodes each file and prints what it holds as JSON, with
# float32 tensors in base64 so that the comparison is bit for bit.
READER_TS = """
import fs from 'node:fs';
const { decodePose, encodePose, poseToFrames } = await import(%(module)s);
const b64 = (a: Float32Array): string =>
  Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
const [op, ...args] = process.argv.slice(2);
if (op === 'read') {
  const out = args.map((file) => {
    const bytes = new Uint8Array(fs.readFileSync(file));
    const pose = decodePose(bytes);
    let frames: string | null = null;
    try {
      const all = poseToFrames(pose);
      const flat = new Float32Array(all.reduce((n: number, f: Float32Array) => n + f.length, 0));
      all.reduce((at: number, f: Float32Array) => (flat.set(f, at), at + f.length), 0);
      frames = b64(flat);
    } catch {
      frames = null; // not a Holistic file (e.g. OpenPose)
    }
    let again: Uint8Array | null = null;
    try {
      again = encodePose(pose);
    } catch {
      again = null; // version 0.0 bodies are read, never written
    }
    return {
      header: pose.header,
      fps: pose.body.fps,
      frames: pose.body.frames,
      people: pose.body.people,
      data: b64(pose.body.data),
      confidence: b64(pose.body.confidence),
      holisticFrames: frames,
      rewritesIdentically: again !== null && Buffer.compare(Buffer.from(again), Buffer.from(bytes)) === 0,
    };
  });
  process.stdout.write(JSON.stringify(out));
} else if (op === 'rename') {
  // Re-writes a file with component 0 renamed: how the project's writer stores a header string.
  const [file, name, target] = args as [string, string, string];
  const pose = decodePose(new Uint8Array(fs.readFileSync(file)));
  const components = pose.header.components.map((c: object, i: number) =>
    i === 0 ? { ...c, name: JSON.parse(name) } : c,
  );
  fs.writeFileSync(target, encodePose({ header: { ...pose.header, components }, body: pose.body }));
} else {
  throw new Error(`unknown op ${op}; expected read or rename`);
}
"""


@pytest.fixture(scope="module")
def node() -> str:
    exe = shutil.which("node")
    if exe is None:
        _missing("node is not on PATH: the interop tests run the project's TypeScript")
    if not TSX.exists():
        _missing(f"{TSX} is missing: run `npm run setup` (npm ci)")
    return exe


@pytest.fixture(scope="module")
def project_reader(node, tmp_path_factory):
    script = tmp_path_factory.mktemp("reader") / "pose-reader.mts"
    script.write_text(READER_TS % {"module": json.dumps(POSE_FORMAT_TS.as_uri())})

    def run(op: str, *args: str) -> str:
        r = subprocess.run([node, str(TSX), str(script), op, *args], cwd=ROOT, capture_output=True, text=True)
        assert r.returncode == 0, f"project pose reader {op} {args} failed: {r.stderr[-2000:]}"
        return r.stdout

    def read(*files: Path) -> list:
        out = json.loads(run("read", *map(str, files)))
        for item in out:
            for key in ("data", "confidence", "holisticFrames"):
                if item[key] is not None:
                    item[key] = np.frombuffer(base64.b64decode(item[key]), dtype="<f4")
        return out

    read.rename = lambda src, name, dst: run("rename", str(src), json.dumps(name), str(dst))
    return read


@pytest.fixture(scope="module")
def project_pose(node, tmp_path_factory):
    """A .pose written by `cli slp`, and the CLI's own JSON summary of it."""
    if not CLI.exists():
        _missing(f"the built CLI {CLI} is missing: run `npm run setup` (or `npm run build`)")
    out = tmp_path_factory.mktemp("slp") / "x.pose"
    cmd = [node, "scripts/run.mjs", "cli", "slp", "--pack", "ase", "--gloss", GLOSS, "--out", str(out), "--json"]
    r = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, f"{' '.join(cmd)} failed: {r.stderr[-2000:]}"
    return out, json.loads(r.stdout)


def _assert_same_header(ours: dict, theirs: PoseHeader):
    assert ours["version"] == pytest.approx(theirs.version, abs=0), "version float"
    dims = theirs.dimensions
    assert (ours["width"], ours["height"], ours["depth"]) == (dims.width, dims.height, dims.depth)
    assert [c["name"] for c in ours["components"]] == [c.name for c in theirs.components]
    for mine, ref in zip(ours["components"], theirs.components):
        assert mine["format"] == ref.format, mine["name"]
        assert mine["points"] == list(ref.points), mine["name"]
        assert [tuple(l) for l in mine["limbs"]] == [tuple(l) for l in ref.limbs], mine["name"]
        assert [tuple(c) for c in mine["colors"]] == [tuple(c) for c in ref.colors], mine["name"]


def _assert_same_body(ours: dict, pose: Pose):
    body = pose.body
    raw = np.asarray(body.data.data, dtype=np.float32)
    assert ours["fps"] == pytest.approx(float(body.fps), abs=0)
    assert (ours["frames"], ours["people"]) == raw.shape[:2]
    np.testing.assert_array_equal(ours["data"].reshape(raw.shape), raw)
    np.testing.assert_array_equal(ours["confidence"].reshape(body.confidence.shape), body.confidence)


def _expected_frames(pose: Pose) -> np.ndarray:
    """The project's frame layout computed from pose_format's arrays: x, y over the image size,
    z as stored, confidence as visibility; points pose_format masks (confidence 0) are NaN."""
    h, body = pose.header, pose.body
    frames = np.full((body.data.shape[0], FRAME_POINTS, 4), np.nan, dtype=np.float32)
    first = 0
    for c in h.components:
        n = len(c.points)
        xyz = np.asarray(body.data.data[:, 0, first : first + n, :], dtype=np.float64)
        conf = np.asarray(body.confidence[:, 0, first : first + n], dtype=np.float32)
        values = np.stack(
            [xyz[..., 0] / h.dimensions.width, xyz[..., 1] / h.dimensions.height, xyz[..., 2], conf], axis=-1
        ).astype(np.float32)
        seen = conf > 0
        at = FRAME_OFFSET[c.name]
        frames[:, at : at + n][seen] = values[seen]
        first += n
    return frames


# --- (a) the project writes, pose_format reads ---------------------------------------------


def test_project_pose_loads_in_pose_format_as_described(project_pose):
    path, summary = project_pose
    pose = Pose.read(path.read_bytes())
    h = pose.header
    assert [c.name for c in h.components] == HOLISTIC
    assert {c.name: len(c.points) for c in h.components} == HOLISTIC_POINTS
    assert all(c.format == "XYZC" for c in h.components)
    assert float(pose.body.fps) == summary["fps"]
    assert pose.body.data.shape == (summary["frames"], 1, sum(HOLISTIC_POINTS.values()), 3)
    # Every detected point is a finite pixel position. While fingerspelling (in front of the
    # chest) the spelling hand is wholly inside the image in every frame. (At rest, before and
    # after the signs, the hands hang below the image yet are stored as detected.)
    data, seen = pose.body.data.data[:, 0], ~np.ma.getmaskarray(pose.body.data)[:, 0, :, 0]
    assert np.isfinite(data[seen]).all()
    [spelled] = [s for s in summary["signs"] if s["source"] == "fingerspelling"]
    span = slice(int(np.ceil(spelled["start"] * summary["fps"])), int(spelled["end"] * summary["fps"]))
    size = np.array([h.dimensions.width, h.dimensions.height])
    inside = []
    first = 33 + 478
    for _hand in ("LEFT", "RIGHT"):
        xy, ok = data[span, first : first + 21, :2], seen[span, first : first + 21]
        inside.append((ok & (xy >= 0).all(-1) & (xy <= size).all(-1)).all(-1))
        first += 21
    assert span.stop - span.start > 10 and (inside[0] | inside[1]).all(), "no hand inside the image"


def test_project_pose_reads_the_same_in_both_libraries(project_pose, project_reader):
    path, _ = project_pose
    pose = Pose.read(path.read_bytes())
    [ours] = project_reader(path)
    _assert_same_header(ours["header"], pose.header)
    _assert_same_body(ours, pose)
    # pose_format's mask is exactly the points the project wrote as not detected.
    mask = np.ma.getmaskarray(pose.body.data)[..., 0]
    np.testing.assert_array_equal(mask, pose.body.confidence == 0)
    frames = ours["holisticFrames"].reshape(-1, FRAME_POINTS, 4)
    np.testing.assert_array_equal(frames, _expected_frames(pose))


def test_pose_format_rewrites_project_pose_byte_for_byte(project_pose):
    path, _ = project_pose
    buffer = io.BytesIO()
    Pose.read(path.read_bytes()).write(buffer)
    assert buffer.getvalue() == path.read_bytes()


@pytest.mark.parametrize("name", ["POSE_LANDMARKS_é", "ПОЗА", "手話🤟"])
def test_project_header_strings_read_back_in_pose_format(project_pose, project_reader, tmp_path, name):
    path, _ = project_pose
    out = tmp_path / "renamed.pose"
    project_reader.rename(path, name, out)
    assert Pose.read(out.read_bytes()).header.components[0].name == name


def test_project_refuses_a_header_string_that_is_not_unicode(project_pose, project_reader, tmp_path):
    path, _ = project_pose
    out = tmp_path / "surrogate.pose"
    try:
        project_reader.rename(path, "BAD\ud800", out)
    except AssertionError:
        return  # the writer refused it: what we want
    pytest.fail("the project wrote a lone UTF-16 surrogate into a .pose header instead of refusing it")


# --- (b) pose_format writes, the project reads ---------------------------------------------


def _written_by_pose_format(header_from: Pose, tmp_path: Path) -> tuple[Path, Pose]:
    """A new Holistic pose made in pose_format: the component layout of `header_from` on another
    image size, seeded random landmarks, some points and whole hands not detected, fps 29.97."""
    rng = np.random.default_rng(20240601)
    frames, points = 17, sum(len(c.points) for c in header_from.header.components)
    width, height = 1280, 720
    data = np.stack(
        [rng.uniform(0, width, (frames, 1, points)), rng.uniform(0, height, (frames, 1, points)),
         rng.normal(0, 0.1, (frames, 1, points))], axis=-1
    ).astype(np.float32)
    confidence = rng.uniform(0.05, 1, (frames, 1, points)).astype(np.float32)
    confidence[rng.random((frames, 1, points)) < 0.2] = 0
    confidence[3:9, 0, 33 + 478 : 33 + 478 + 21] = 0  # the left hand out of view
    mask = np.repeat((confidence == 0)[..., None], 3, axis=-1)
    data[mask] = 0  # pose_format's own writers store 0 under the mask
    header = PoseHeader(0.2, PoseHeaderDimensions(width, height, 0), header_from.header.components)
    pose = Pose(header, NumPyPoseBody(29.97, np.ma.masked_array(data, mask=mask), confidence))
    out = tmp_path / "from-pose-format.pose"
    with open(out, "wb") as f:
        pose.write(f)
    return out, pose


def test_pose_format_file_reads_the_same_in_the_project(project_pose, project_reader, tmp_path):
    path, _ = project_pose
    out, pose = _written_by_pose_format(Pose.read(path.read_bytes()), tmp_path)
    reread = Pose.read(out.read_bytes())
    [ours] = project_reader(out)
    _assert_same_header(ours["header"], reread.header)
    _assert_same_body(ours, reread)
    np.testing.assert_array_equal(ours["data"].reshape(pose.body.data.shape), pose.body.data.data)
    assert ours["fps"] == pytest.approx(29.97, rel=1e-7)  # stored as float32 by v0.2
    frames = ours["holisticFrames"].reshape(-1, FRAME_POINTS, 4)
    expected = _expected_frames(pose)
    assert np.isnan(expected[3:9, 33:54]).all()  # the hand taken out of view is missing
    np.testing.assert_array_equal(frames, expected)
    assert ours["rewritesIdentically"], "the project re-encodes pose_format's file to other bytes"


def _fixtures() -> list[Path]:
    return sorted(FIXTURES.glob("*.pose")) if FIXTURES.is_dir() else []


@pytest.mark.skipif(not _fixtures(), reason=f"{FIXTURES} is absent (the shared data beside the project)")
def test_shared_fixtures_round_trip_through_pose_format(project_reader, tmp_path):
    originals = _fixtures()
    rewritten = []
    for src in originals:
        dst = tmp_path / src.name
        with open(dst, "wb") as f:
            Pose.read(src.read_bytes()).write(f)  # pose_format writes its current version, 0.2
        rewritten.append(dst)
    files = originals + rewritten
    for path, ours in zip(files, project_reader(*files)):
        reference = Pose.read(path.read_bytes())
        try:
            _assert_same_header(ours["header"], reference.header)
            _assert_same_body(ours, reference)
        except AssertionError as e:
            raise AssertionError(f"{path}: {e}") from e
        if path in rewritten:
            assert ours["rewritesIdentically"], f"the project re-encodes {path} to other bytes"


# --- the synthetic corpus's .pose files (reduced face) ----------------------------------------


def test_corpus_pose_files_load_in_pose_format_with_the_shard_values(node, tmp_path):
    """`cli synth` writes one .pose per utterance with the 42 named face points only; pose_format
    reads it, and its landmarks equal the float16 shard's (training reads the shards)."""
    from training.synth.shards import Corpus

    if not CLI.exists():
        _missing(f"the built CLI {CLI} is missing: run `npm run setup` (or `npm run build`)")
    out = tmp_path / "corpus"
    cmd = [node, "scripts/run.mjs", "cli", "synth", "--pack", "ase", "--out", str(out), "--utterances", "6",
           "--workers", "1", "--shard-size", "3", "--json"]
    r = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, f"{' '.join(cmd)} failed: {r.stderr[-2000:]}"
    corpus = Corpus(str(out))
    assert len(corpus.records) == 6
    for rec in corpus.records:
        pose = Pose.read((out / "pose" / f"{rec['id']}.pose").read_bytes())
        names = [c.name for c in pose.header.components]
        assert names == HOLISTIC
        face = pose.header.components[1]
        assert len(face.points) == 42 and all(p.isdigit() for p in face.points)
        assert pose.body.data.shape[0] == rec["frames"] and float(pose.body.fps) == rec["fps"]
        shard = corpus.frames(rec)  # [T,109,3], x and y normalised
        data = np.asarray(pose.body.data.data)[:, 0]
        conf = np.asarray(pose.body.confidence)[:, 0]
        w, h = pose.header.dimensions.width, pose.header.dimensions.height
        # Both wrists (corpus points 25, 46) and the first face point, in pixels in the file; an
        # idle hand may be out of the image (not detected) for a whole utterance.
        checked = 0
        for corpus_point, file_point in [(25, 33 + 42), (46, 33 + 42 + 21), (67, 33)]:
            seen = conf[:, file_point] > 0
            if not seen.any():
                continue
            checked += 1
            np.testing.assert_allclose(data[seen, file_point, 0] / w, shard[seen, corpus_point, 0], atol=2e-3)
            np.testing.assert_allclose(data[seen, file_point, 1] / h, shard[seen, corpus_point, 1], atol=2e-3)
            assert np.isnan(shard[~seen, corpus_point, 0]).all()
        assert checked >= 2, f"{rec['id']}: neither hand seen"
