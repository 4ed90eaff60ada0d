import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type {
  AutomationBenchOptions,
  LandmarkerBenchConfig,
  LandmarkerBenchReport,
  PerceptionGlobal,
} from '../../../src/shared/perception/contract';
import {
  collectPageLog,
  describeChromium,
  launchChromium,
  resultsDir,
  saveArtifacts,
} from '../../helpers/chromium';
import { describeShared } from '../../helpers/shared';
import { startPerceptionHarness, type PerceptionHarness } from './harness';

/**
 * Landmarker time per frame in headless Chromium on this machine. Without a GPU, WebGL is
 * SwiftShader (a CPU rasterizer), so 'auto' picks the CPU delegate and the GPU rows measure an
 * emulation. Small by default so the suite stays quick; SIGNBRIDGE_BENCH_FRAMES=30
 * SIGNBRIDGE_BENCH_ALL=1 gives the figures worth reporting (test-results/mediapipe-bench/):
 * ALL adds the GPU delegate and the legacy solution, which take seconds to tens of seconds a
 * frame here, with SLOW_FRAMES frames each.
 */
const FRAMES = Number(process.env.SIGNBRIDGE_BENCH_FRAMES ?? 5);
const SLOW_FRAMES = Number(process.env.SIGNBRIDGE_BENCH_SLOW_FRAMES ?? 3);
const ALL = process.env.SIGNBRIDGE_BENCH_ALL === '1';
const WARMUP = 2;
const SLOW_WARMUP = 1;
const BENCH_TIMEOUT_MS = 1_800_000;

const CPU_CONFIGS: LandmarkerBenchConfig[] = [
  { prefer: 'tasks', thread: 'worker', delegate: 'auto' },
  { prefer: 'tasks', thread: 'main', delegate: 'auto' },
];
const SLOW_CONFIGS: LandmarkerBenchConfig[] = [
  { prefer: 'tasks', thread: 'worker', delegate: 'GPU' },
  { prefer: 'legacy' },
];

let harness: PerceptionHarness;
let browser: Browser;
let page: Page;
let log: string[];

async function bench(
  configs: LandmarkerBenchConfig[],
  frames: number,
  warmup: number,
): Promise<LandmarkerBenchReport> {
  const options: AutomationBenchOptions = {
    assetsBaseUrl: harness.assetsBaseUrl,
    imageUrl: `${harness.imagesUrl}/signer.png`,
    configs,
    frames,
    warmup,
  };
  return page.evaluate(
    (o) => (globalThis as unknown as PerceptionGlobal).signbridgePerception.bench(o),
    options,
  );
}

function table(report: LandmarkerBenchReport): string {
  const ms = (v: number): string => v.toFixed(0).padStart(7);
  const lines = [
    `WebGL: ${report.webgl.renderer}${report.webgl.software ? ' (software rasterizer: no GPU)' : ''}`,
  ];
  lines.push(
    'backend                          init ms  total p50  total p95  infer p50  infer p95  frames  detected',
  );
  for (const r of report.rows) {
    if (!r.ok) lines.push(`${JSON.stringify(r.config)} failed: ${r.error}`);
    else {
      lines.push(
        `${r.label.padEnd(32)} ${ms(r.initMs)}    ${ms(r.totalMs.p50)}    ${ms(r.totalMs.p95)}    ${ms(r.inferenceMs.p50)}    ${ms(r.inferenceMs.p95)}  ${String(r.frames).padStart(6)}  ${r.detected.join(',')}`,
      );
    }
  }
  return lines.join('\n');
}

describeShared('benchLandmarker', ['fixtures/images/signer.png'], () => {
  describeChromium('in headless Chromium', () => {
    beforeAll(async () => {
      harness = await startPerceptionHarness();
      browser = await launchChromium();
      page = await browser.newPage();
      log = collectPageLog(page);
      await page.goto(harness.pageUrl);
      await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
    });
    afterAll(async () => {
      await browser?.close();
      await harness?.close();
    });

    it(
      'times each backend per frame and at start-up on signer.png',
      async () => {
        try {
          const reports = [await bench(CPU_CONFIGS, FRAMES, WARMUP)];
          if (ALL) reports.push(await bench(SLOW_CONFIGS, SLOW_FRAMES, SLOW_WARMUP));
          const text = reports.map(table).join('\n');
          console.log(text);
          const dir = resultsDir('mediapipe-bench');
          fs.writeFileSync(path.join(dir, 'report.json'), `${JSON.stringify(reports, null, 2)}\n`);
          fs.writeFileSync(path.join(dir, 'report.txt'), `${text}\n`);
          for (const row of reports.flatMap((r) => r.rows)) {
            if (!row.ok) throw new Error(`${JSON.stringify(row.config)} failed: ${row.error}`);
            expect(row.frames).toBeGreaterThan(0);
            expect(row.initMs).toBeGreaterThan(0);
            expect(row.totalMs.p50).toBeGreaterThan(0);
            expect(row.totalMs.p95).toBeGreaterThanOrEqual(row.totalMs.p50);
            expect(row.inferenceMs.p50).toBeLessThanOrEqual(row.totalMs.p50);
            expect(row.detected).toEqual(expect.arrayContaining(['pose', 'face']));
          }
        } catch (e) {
          await saveArtifacts(page, 'mediapipe-bench', log);
          throw e;
        }
      },
      BENCH_TIMEOUT_MS,
    );
  });
});
