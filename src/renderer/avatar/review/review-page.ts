/**
 * A page for looking at an avatar: headless Chromium loads it, a Node driver calls
 * `window.avatarReview.render(view)` and saves the PNG. Views: the framed upper body, a face
 * close-up with expressions, and both hands close with a handshape.
 */
import { Vector3, WebGLRenderer } from 'three';
import { restPosition, type Side } from '../../../shared/avatar';
import { parseClip, type Clip } from '../../../shared/motion/clip';
import { loadAvatar } from '../load';
import type { SigningAvatar } from '../signing-avatar';
import { STAGE_BACKGROUND, createStage, frameUpperBody, type Stage } from '../stage';
import { armsDown, handsForward, poseClip, setHandshape, type PoseMap } from './poses';
import type {
  FrameCoverage,
  ReviewApi,
  ReviewGlobal,
  ReviewView,
} from '../../../shared/avatar/review/view';

let avatar: SigningAvatar | null = null;
let stage: Stage | null = null;
let renderer: WebGLRenderer | null = null;
let lastClip: { text: string; clip: Clip } | null = null;

function decode(base64: string): ArrayBuffer {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes.buffer;
}

/** The bust view: aimed this far above the head bone, from this far away (metres). */
const BUST_ABOVE_HEAD_M = 0.02;
const BUST_DISTANCE_M = 1.0;

function place(view: ReviewView, a: SigningAvatar, s: Stage): void {
  const cam = s.camera;
  const aspect = view.width / view.height;
  if (view.camera === 'upper') {
    frameUpperBody(cam, a.skeleton, aspect);
    return;
  }
  cam.aspect = aspect;
  const head = restPosition(a.skeleton, 'head');
  let target: Vector3;
  let distance: number;
  if (view.camera === 'face') {
    const eye = a.skeleton.bones.leftEye?.position ?? [0, head[1] + 0.1, head[2]];
    target = new Vector3(0, eye[1] - 0.025, head[2]);
    distance = 0.62;
  } else if (view.camera === 'bust') {
    target = new Vector3(0, head[1] + BUST_ABOVE_HEAD_M, head[2]);
    distance = BUST_DISTANCE_M;
  } else if (view.camera === 'hands') {
    const l = new Vector3();
    const r = new Vector3();
    a.vrm.humanoid.getNormalizedBoneNode('leftMiddleProximal')?.getWorldPosition(l);
    a.vrm.humanoid.getNormalizedBoneNode('rightMiddleProximal')?.getWorldPosition(r);
    target = l.add(r).multiplyScalar(0.5);
    distance = 0.52;
  } else if (view.camera === 'side') {
    target = new Vector3(0, head[1] + 0.08, head[2]);
    cam.position.set(0.7, target.y, target.z + 0.05);
    cam.lookAt(target);
    cam.updateProjectionMatrix();
    return;
  } else if (view.camera === 'threeQuarter' || view.camera === 'back') {
    target = new Vector3(0, head[1] + 0.1, head[2]);
    const [x, z] = view.camera === 'back' ? [0, -0.75] : [0.5, 0.55];
    cam.position.set(x, target.y + 0.05, target.z + z);
    cam.lookAt(target);
    cam.updateProjectionMatrix();
    return;
  } else if (view.camera === 'shoulders') {
    target = new Vector3(0, head[1] - 0.12, head[2]);
    distance = 1.1;
  } else {
    target = new Vector3(0, 0.9, 0);
    distance = 4.2;
  }
  cam.position.set(target.x, target.y, target.z + distance);
  cam.lookAt(target);
  cam.updateProjectionMatrix();
}

function draw(view: ReviewView, a: SigningAvatar, s: Stage): string {
  if (!renderer) {
    renderer = new WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
    document.body.appendChild(renderer.domElement);
  }
  renderer.setPixelRatio(1);
  renderer.setSize(view.width, view.height, false);
  place(view, a, s);
  renderer.render(s.scene, s.camera);
  return renderer.domElement.toDataURL('image/png');
}

function pose(view: ReviewView, a: SigningAvatar): void {
  a.resetPose();
  const map: PoseMap = new Map();
  if (view.pose === 'handsForward') handsForward(map);
  if (view.pose === 'armsDown') armsDown(map);
  if (view.handshape)
    for (const side of ['left', 'right'] as Side[]) setHandshape(map, side, view.handshape);
  a.applyPose(poseClip(map, view.expressions ?? {}), 0);
  a.vrm.scene.updateMatrixWorld(true);
}

const api: ReviewApi = {
  coverage: () => coverage(),
  async load(base64, name) {
    avatar = await loadAvatar(decode(base64), name);
    stage = createStage();
    stage.scene.add(avatar.vrm.scene);
    return { warnings: avatar.warnings };
  },
  render(view) {
    if (!avatar || !stage) throw new Error('avatarReview.render: call load() first');
    pose(view, avatar);
    return draw(view, avatar, stage);
  },
  renderClip(clipJson, frame, view) {
    if (!avatar || !stage) throw new Error('avatarReview.renderClip: call load() first');
    if (lastClip?.text !== clipJson) lastClip = { text: clipJson, clip: parseClip(clipJson) };
    avatar.resetPose();
    avatar.applyPose(lastClip.clip, frame);
    avatar.vrm.scene.updateMatrixWorld(true);
    return draw(view, avatar, stage);
  },
};

/** A pixel differs from the background when any channel is this far off (0–255). */
const BACKGROUND_TOLERANCE = 12;

function coverage(): FrameCoverage {
  if (!renderer) throw new Error('avatarReview.coverage: nothing rendered yet');
  const src = renderer.domElement;
  const canvas = document.createElement('canvas');
  canvas.width = src.width;
  canvas.height = src.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('avatarReview.coverage: no 2D context to read pixels');
  ctx.drawImage(src, 0, 0);
  const px = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
  const bg = [
    (STAGE_BACKGROUND >> 16) & 255,
    (STAGE_BACKGROUND >> 8) & 255,
    STAGE_BACKGROUND & 255,
  ];
  const colours = new Set<number>();
  let differ = 0;
  for (let i = 0; i < px.length; i += 4) {
    const r = px[i] ?? 0;
    const g = px[i + 1] ?? 0;
    const b = px[i + 2] ?? 0;
    const far = Math.max(
      Math.abs(r - (bg[0] ?? 0)),
      Math.abs(g - (bg[1] ?? 0)),
      Math.abs(b - (bg[2] ?? 0)),
    );
    if (far > BACKGROUND_TOLERANCE) differ++;
    colours.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
  }
  const n = px.length / 4;
  return {
    width: canvas.width,
    height: canvas.height,
    nonBackground: differ / n,
    distinctColours: colours.size,
  };
}

(window as Window & ReviewGlobal).avatarReview = api;
