import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it, onTestFailed } from 'vitest';
import type {
  AutomationDetection,
  LandmarkerStartOptions,
  PerceptionGlobal,
} from '../../../src/shared/perception/contract';
import {
  COMPONENT_NAMES,
  FRAME_LENGTH,
  type ComponentName,
} from '../../../src/shared/landmarks/layout';
import {
  collectPageLog,
  describeChromium,
  launchChromium,
  offsiteRequests,
  saveArtifacts,
} from '../../helpers/chromium';
import { describeShared } from '../../helpers/shared';
import { startPerceptionHarness, type PerceptionHarness } from './harness';
import { POSE, detected, distance, missing, points, summarize } from './landmarks';

/** SwiftShader inference is slow (the legacy GPU graph takes minutes) and the 2 cores are shared. */
const BROWSER_TEST_TIMEOUT_MS = 420_000;
/** Normalized coordinates of points on the image may overshoot the border a little. */
const IMAGE_MARGIN = 0.1;
/**
 * Both backends run the same models on the same image, so their landmarks agree closely: the
 * largest x/y gap per part, normalized (measured: pose 0.010, hands 0.005, face 0.004 with
 * p95 0.0023; a scrambled mesh is off by 0.1 to 0.26).
 */
const AGREEMENT: Record<ComponentName, number> = {
  pose: 0.02,
  leftHand: 0.015,
  rightHand: 0.015,
  face: 0.01,
};
/** Face z agreement (relative depth, image-width units; measured max 0.0024). */
const FACE_Z_AGREEMENT = 0.01;
const UPPER_BODY = [
  0,
  POSE.leftShoulder,
  POSE.rightShoulder,
  13,
  14,
  POSE.leftWrist,
  POSE.rightWrist,
];
/**
 * Face points 468..472 are the iris MediaPipe calls "right" (FACEMESH_RIGHT_IRIS): the subject's
 * right eye, between mesh points 33 and 133; 473..477 the subject's left.
 */
const RIGHT_IRIS_CENTER = 468;
const RIGHT_EYE_CORNERS = [33, 133] as const;
const POSE_RIGHT_EYE = 5;
const POSE_LEFT_EYE = 2;

type StartOptions = Omit<LandmarkerStartOptions, 'assetsBaseUrl'>;

let harness: PerceptionHarness;
let browser: Browser;
let page: Page;
let log: string[];
let offsite: string[];
const frames = new Map<string, AutomationDetection>();

// page.evaluate callbacks run in the page (these tests compile without DOM types): they reach the
// perception API through the page's global object.
async function start(options: StartOptions, assetsBaseUrl = harness.assetsBaseUrl) {
  const info = await page.evaluate(
    (o) => (globalThis as unknown as PerceptionGlobal).signbridgePerception.start(o),
    {
      ...options,
      assetsBaseUrl,
    },
  );
  log.push(
    `started ${info.label} in ${info.initMs.toFixed(0)} ms; fallbacks ${JSON.stringify(info.fallbacks)}`,
  );
  return info;
}

async function detect(image: string, timestampMs: number): Promise<AutomationDetection> {
  const url = `${harness.imagesUrl}/${image}`;
  const result = await page.evaluate(
    ([u, t]) => (globalThis as unknown as PerceptionGlobal).signbridgePerception.detectImage(u, t),
    [url, timestampMs] as const,
  );
  log.push(
    `${image}: ${JSON.stringify(summarize(result.frame))} in ${result.timings.totalMs.toFixed(0)} ms`,
  );
  return result;
}

async function reset(): Promise<void> {
  await page.evaluate(() =>
    (globalThis as unknown as PerceptionGlobal).signbridgePerception.reset(),
  );
}

function keepArtifactsOnFailure(name: string): void {
  onTestFailed(async () => {
    const pageLog = await page
      .evaluate(() => (globalThis as unknown as PerceptionGlobal).signbridgePerception.log)
      .catch(() => [] as string[]);
    const dir = await saveArtifacts(page, `mediapipe-landmarker/${name}`, [
      ...log,
      ...pageLog,
      ...harness.server.requests,
    ]);
    console.error(`landmarker test failed: screenshot and log in ${dir}`);
  });
}

/** Every value of a detected part is finite, x and y lie on the image, visibility in [0, 1]. */
function expectOnImage(frame: number[], component: ComponentName): void {
  expect(detected(frame, component), `${component} detected`).toBe(true);
  for (const p of points(frame, component)) {
    expect(p.x).toBeGreaterThanOrEqual(-IMAGE_MARGIN);
    expect(p.x).toBeLessThanOrEqual(1 + IMAGE_MARGIN);
    expect(p.y).toBeGreaterThanOrEqual(-IMAGE_MARGIN);
    expect(p.y).toBeLessThanOrEqual(1 + IMAGE_MARGIN);
    expect(p.v).toBeGreaterThanOrEqual(0);
    expect(p.v).toBeLessThanOrEqual(1);
  }
}

/** A missing part is NaN throughout; a found part is whole (no half-filled components). */
function expectWholeOrMissing(frame: number[]): void {
  for (const c of COMPONENT_NAMES)
    expect(detected(frame, c) || missing(frame, c), `${c} whole or missing`).toBe(true);
}

/**
 * signer.png: pose, face and at least one hand. The signer faces the camera in an unmirrored
 * image, so the subject's left side is on the image's right, and Holistic's leftHandLandmarks is
 * the hand at pose LEFT_WRIST (15): the subject's own left hand.
 */
function expectSignerFrame(r: AutomationDetection): void {
  const f = r.frame;
  expect(f).toHaveLength(FRAME_LENGTH);
  expectWholeOrMissing(f);
  expect(detected(f, 'pose')).toBe(true);
  for (const i of UPPER_BODY) {
    const p = points(f, 'pose')[i];
    expect(p?.x).toBeGreaterThan(0);
    expect(p?.x).toBeLessThan(1);
    expect(p?.v).toBeGreaterThanOrEqual(0);
    expect(p?.v).toBeLessThanOrEqual(1);
  }
  expectOnImage(f, 'face');
  expect(detected(f, 'leftHand') || detected(f, 'rightHand'), 'at least one hand').toBe(true);
  for (const hand of ['leftHand', 'rightHand'] as const)
    if (detected(f, hand)) expectOnImage(f, hand);

  const pose = points(f, 'pose');
  const [ls, rs, lw, rw] = [
    pose[POSE.leftShoulder],
    pose[POSE.rightShoulder],
    pose[POSE.leftWrist],
    pose[POSE.rightWrist],
  ];
  if (!ls || !rs || !lw || !rw) throw new Error('pose points missing');
  expect(ls.x, "subject's left shoulder on the image's right").toBeGreaterThan(rs.x);
  for (const [hand, own, other] of [
    ['leftHand', lw, rw],
    ['rightHand', rw, lw],
  ] as const) {
    const wrist = points(f, hand)[0];
    if (wrist && detected(f, hand)) {
      expect(distance(wrist, own), `${hand} wrist nearer its own pose wrist`).toBeLessThan(
        distance(wrist, other),
      );
    }
  }
  // A real face mesh: depth varies, and the iris centre sits between its eye's corners, on the
  // subject's right eye (the pose model's RIGHT_EYE).
  const face = points(f, 'face');
  const depth = Math.max(...face.map((p) => Math.abs(p.z)));
  expect(depth, 'face z is not all zero').toBeGreaterThan(0.01);
  const iris = face[RIGHT_IRIS_CENTER];
  const [c1, c2] = RIGHT_EYE_CORNERS.map((i) => face[i]);
  const [poseRightEye, poseLeftEye] = [pose[POSE_RIGHT_EYE], pose[POSE_LEFT_EYE]];
  if (!iris || !c1 || !c2 || !poseRightEye || !poseLeftEye) throw new Error('face points missing');
  expect(iris.x).toBeGreaterThan(Math.min(c1.x, c2.x));
  expect(iris.x).toBeLessThan(Math.max(c1.x, c2.x));
  expect(distance(iris, poseRightEye)).toBeLessThan(distance(iris, poseLeftEye));
}

function expectAgreement(a: AutomationDetection, b: AutomationDetection): void {
  for (const c of COMPONENT_NAMES) {
    expect(detected(a.frame, c), `${c} found by both or neither`).toBe(detected(b.frame, c));
    if (!detected(a.frame, c)) continue;
    const pa = points(a.frame, c);
    const pb = points(b.frame, c);
    const gap = Math.max(...pa.map((p, i) => distance(p, pb[i] ?? p)));
    expect(gap, `${c}: largest x/y gap between the backends`).toBeLessThan(AGREEMENT[c]);
  }
  const fa = points(a.frame, 'face');
  const fb = points(b.frame, 'face');
  const zGap = Math.max(...fa.map((p, i) => Math.abs(p.z - (fb[i]?.z ?? p.z))));
  expect(zGap, 'face: largest z gap between the backends').toBeLessThan(FACE_Z_AGREEMENT);
}

describeShared(
  'MediaPipe Holistic landmarker',
  ['fixtures/images/signer.png', 'fixtures/images/astronaut.png'],
  () => {
    describeChromium('in headless Chromium, from the built bundle', () => {
      beforeAll(async () => {
        harness = await startPerceptionHarness();
        browser = await launchChromium();
        page = await browser.newPage();
        log = collectPageLog(page);
        offsite = offsiteRequests(page);
        await page.goto(harness.pageUrl);
        await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
      });

      afterAll(async () => {
        await browser?.close();
        await harness?.close();
      });

      it(
        'tasks-vision in a module Worker finds pose, face and hands on signer.png and astronaut.png',
        async () => {
          keepArtifactsOnFailure('tasks-worker');
          const info = await start({ prefer: 'tasks', thread: 'worker', fallback: false });
          expect(info).toMatchObject({ backend: 'tasks-vision', thread: 'worker', fallbacks: [] });
          // On SwiftShader, 'auto' picks the CPU delegate.
          expect(info.delegate).toBe(info.webgl.software ? 'CPU' : 'GPU');
          const signer = await detect('signer.png', 1000);
          expectSignerFrame(signer);
          frames.set('tasks:signer', signer);
          await reset();
          const astronaut = await detect('astronaut.png', 1000);
          expect(detected(astronaut.frame, 'pose')).toBe(true);
          expectOnImage(astronaut.frame, 'face');
          expectWholeOrMissing(astronaut.frame);
        },
        BROWSER_TEST_TIMEOUT_MS,
      );

      it(
        'tasks-vision on the main thread (the fallback where a Worker cannot) gives the same frame',
        async () => {
          keepArtifactsOnFailure('tasks-main');
          const info = await start({ prefer: 'tasks', thread: 'main', fallback: false });
          expect(info).toMatchObject({ backend: 'tasks-vision', thread: 'main' });
          const signer = await detect('signer.png', 1000);
          expectSignerFrame(signer);
          const worker = frames.get('tasks:signer');
          if (worker === undefined) throw new Error('the Worker test left no signer frame');
          expectAgreement(signer, worker);
          await reset(); // a fresh landmarker: timestamps may start over
          expectAgreement(await detect('signer.png', 1000), signer);
        },
        BROWSER_TEST_TIMEOUT_MS,
      );

      it(
        'tasks-vision on the GPU delegate (SwiftShader here) agrees with the CPU delegate',
        async () => {
          keepArtifactsOnFailure('tasks-gpu');
          const info = await start({
            prefer: 'tasks',
            thread: 'worker',
            delegate: 'GPU',
            fallback: false,
          });
          expect(info).toMatchObject({
            backend: 'tasks-vision',
            delegate: 'GPU',
            thread: 'worker',
          });
          const signer = await detect('signer.png', 1000);
          expectSignerFrame(signer);
          const cpu = frames.get('tasks:signer');
          if (cpu === undefined) throw new Error('the Worker test left no signer frame');
          expectAgreement(signer, cpu);
        },
        BROWSER_TEST_TIMEOUT_MS,
      );

      it(
        'the legacy Holistic solution agrees with tasks-vision on signer.png, and finds astronaut.png',
        async () => {
          keepArtifactsOnFailure('legacy');
          const info = await start({ prefer: 'legacy', fallback: false });
          expect(info).toMatchObject({
            backend: 'legacy-holistic',
            thread: 'main',
            delegate: 'GPU',
          });
          const signer = await detect('signer.png', 1000);
          expectSignerFrame(signer);
          const tasks = frames.get('tasks:signer');
          if (tasks === undefined) throw new Error('the tasks-vision test left no signer frame');
          expectAgreement(signer, tasks);
          await reset();
          const astronaut = await detect('astronaut.png', 1000);
          expect(detected(astronaut.frame, 'pose')).toBe(true);
          expectOnImage(astronaut.frame, 'face');
        },
        BROWSER_TEST_TIMEOUT_MS,
      );

      it(
        'falls back from tasks-vision to the legacy solution and says why',
        async () => {
          keepArtifactsOnFailure('fallback');
          // This base URL serves the legacy files but no task bundle.
          const info = await start({ prefer: 'tasks' }, harness.legacyOnlyBaseUrl);
          expect(info).toMatchObject({ backend: 'legacy-holistic', thread: 'main' });
          expect(info.fallbacks.map((f) => `${f.backend} (${f.thread})`)).toEqual([
            'tasks-vision (worker)',
            'tasks-vision (main)',
          ]);
          for (const f of info.fallbacks)
            expect(f.reason).toMatch(/holistic_landmarker\.task: HTTP 404/);
        },
        BROWSER_TEST_TIMEOUT_MS,
      );

      it(
        "sends nothing off the machine (tasks-vision's usage logging is blocked)",
        async () => {
          keepArtifactsOnFailure('offline');
          await start({ prefer: 'tasks', thread: 'worker', fallback: false });
          // Closing a task flushes tasks-vision's usage log to odml.pa.googleapis.com.
          await page.evaluate(() =>
            (globalThis as unknown as PerceptionGlobal).signbridgePerception.close(),
          );
          await expect
            .poll(() =>
              log.some((l) =>
                l.includes('offline guard: blocked a request to https://odml.pa.googleapis.com/'),
              ),
            )
            .toBe(true);
          expect(offsite).toEqual([]);
        },
        BROWSER_TEST_TIMEOUT_MS,
      );
    });
  },
);
