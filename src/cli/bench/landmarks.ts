/**
 * `bench -- landmarks`: (1) the landmarker's time per frame in headless Chromium (on this kind of
 * machine WebGL is SwiftShader, a CPU rasterizer, which the figures say), and (2) the renderer →
 * SLT worker transport in host mode: a page sends landmark frames at 30 fps over the app's
 * WebSocket; the worker measures capture → arrival latency; drops are counted on both sides.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { WebSocketServer } from 'ws';
import { launchHeadless } from '../../node/chromium/headless';
import { startPageServer } from '../../node/chromium/page-server';
import { appRoot, modelsDir, rendererDir } from '../../node/paths';
import type { PerceptionGlobal } from '../../shared/perception/contract';
import { FRAME_LENGTH } from '../../shared/landmarks/layout';
import { FRAME_HEADER_BYTES, FRAME_MAGIC } from '../../shared/landmarks/wire';
import type { BenchResult } from './stats';
import { percentile } from './stats';
import { withTempHost } from './temp-host';

const r3 = (x: number): number => Number(x.toFixed(3));
/** A person to detect: the signer image beside the project (../shared), or SIGNBRIDGE_BENCH_IMAGE. */
const IMAGE =
  process.env.SIGNBRIDGE_BENCH_IMAGE ??
  path.resolve(appRoot(), '..', 'shared', 'fixtures', 'images', 'signer.png');
const CAMERA_FPS = 30;

async function landmarker(frames: number): Promise<BenchResult['metrics']> {
  if (!fs.existsSync(IMAGE))
    return { landmarker: `skipped: no image of a person at ${IMAGE} (set SIGNBRIDGE_BENCH_IMAGE)` };
  const server = await startPageServer({
    'app/': rendererDir(),
    'app/models/mediapipe/': path.join(modelsDir(), 'mediapipe'),
    'image/': IMAGE,
  });
  const browser = await launchHeadless();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.base}app/extract.html`);
    await page.waitForFunction(() => 'signbridgePerception' in globalThis);
    const report = await page.evaluate(
      ([base, image, n]) =>
        (globalThis as unknown as PerceptionGlobal).signbridgePerception.bench({
          assetsBaseUrl: `${base}app/models/mediapipe`,
          imageUrl: `${base}image/${image}`,
          configs: [{ prefer: 'tasks', thread: 'worker', delegate: 'auto' }],
          frames: n,
          warmup: 2,
        }),
      [server.base, path.basename(IMAGE), frames] as const,
    );
    const row = report.rows[0];
    if (row === undefined || !row.ok)
      return { landmarker: `failed: ${row && !row.ok ? row.error : 'no result'}` };
    return {
      landmarker: row.label,
      landmarker_webgl: `${report.webgl.renderer}${report.webgl.software ? ' (software rasterizer: no GPU)' : ''}`,
      landmarker_frames: row.frames,
      landmarker_init_ms: r3(row.initMs),
      landmarker_frame_p50_ms: r3(row.totalMs.p50),
      landmarker_frame_p95_ms: r3(row.totalMs.p95),
      landmarker_inference_p50_ms: r3(row.inferenceMs.p50),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

interface Sent {
  readonly total: number;
  readonly skipped: number;
}

/**
 * Sends landmark frames from the page at camera rate, as the app's frame sink does: the wire
 * format of shared/landmarks/wire.ts, skipped (and counted) while the socket holds two frames.
 */
function sendFrames(page: Page, wsUrl: string, seconds: number): Promise<Sent> {
  return page.evaluate(
    async ([url, values, header, magic, fps, secs]) => {
      const ws = new WebSocket(url);
      ws.binaryType = 'arraybuffer';
      await new Promise((resolve, reject) => {
        ws.onopen = resolve;
        ws.onerror = () => reject(new Error(`cannot connect to ${url}`));
      });
      const total = Math.round(fps * secs);
      let skipped = 0;
      for (let seq = 0; seq < total; seq++) {
        const buf = new ArrayBuffer(header + values * 4);
        const view = new DataView(buf);
        view.setUint32(0, magic, true);
        view.setUint32(4, seq, true);
        view.setFloat64(8, performance.timeOrigin + performance.now(), true);
        new Float32Array(buf, header, values).fill(0.5);
        if (ws.bufferedAmount > 2 * buf.byteLength) skipped++;
        else ws.send(buf);
        await new Promise((r) => setTimeout(r, 1000 / fps));
      }
      await new Promise((r) => setTimeout(r, 300));
      ws.close();
      return { total, skipped };
    },
    [wsUrl, FRAME_LENGTH, FRAME_HEADER_BYTES, FRAME_MAGIC, CAMERA_FPS, seconds] as const,
  );
}

/**
 * The floor under host mode: the same frames from Chromium to a bare WebSocket server on the main
 * thread (no host, no worker), arrival latency measured there. What the app adds is the rest.
 */
async function bareWebSocket(page: Page, seconds: number): Promise<{ p50: number; p95: number }> {
  const server = http.createServer((_req, res) => res.end());
  const wss = new WebSocketServer({ server });
  const latencies: number[] = [];
  wss.on('connection', (s) =>
    s.on('message', (d: Buffer) => {
      latencies.push(performance.timeOrigin + performance.now() - d.readDoubleLE(8));
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  try {
    await sendFrames(page, `ws://127.0.0.1:${(server.address() as AddressInfo).port}/`, seconds);
    return { p50: percentile(latencies, 50), p95: percentile(latencies, 95) };
  } finally {
    wss.close();
    server.closeAllConnections();
    server.close();
  }
}

async function transport(seconds: number): Promise<BenchResult['metrics']> {
  return withTempHost(async (host, services) => {
    const browser = await launchHeadless();
    try {
      const page = await browser.newPage();
      await page.goto(host.url);
      const sent = await sendFrames(
        page,
        `ws://127.0.0.1:${host.port}/ws?token=${host.token}`,
        seconds,
      );
      const stats = await services.dispatch('perception.stats', {});
      if (!stats.ok) throw new Error(stats.error.message);
      const s = stats.value as {
        worker: { received: number; latencyP50Ms: number | null; latencyP95Ms: number | null };
        router: { dropped: number };
      };
      // A page of its own: the app page's CSP allows only the app's own socket.
      const floor = await bareWebSocket(await browser.newPage(), seconds);
      return {
        transport_frames_sent: sent.total,
        transport_frames_received: s.worker.received,
        transport_p50_ms: r3(s.worker.latencyP50Ms ?? Number.NaN),
        transport_p95_ms: r3(s.worker.latencyP95Ms ?? Number.NaN),
        transport_dropped_renderer: sent.skipped,
        transport_dropped_main: s.router.dropped,
        transport_drop_rate_at_30fps: r3((sent.total - s.worker.received) / sent.total),
        transport_path:
          'host mode: Chromium WebSocket → host → frame router → SLT worker (MessagePort, transferred)',
        bare_chromium_websocket_p50_ms: r3(floor.p50),
        bare_chromium_websocket_p95_ms: r3(floor.p95),
      };
    } finally {
      await browser.close();
    }
  });
}

export async function benchLandmarks(iterations: number): Promise<BenchResult> {
  const frames = Math.max(5, Math.min(30, Math.round(iterations / 100)));
  const seconds = Math.max(3, Math.min(20, Math.round(iterations / 200)));
  return {
    name: 'landmarks',
    metrics: { ...(await transport(seconds)), ...(await landmarker(frames)) },
  };
}
