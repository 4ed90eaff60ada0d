import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHost } from '../../src/host/server';
import type { HostServer } from '../../src/host/server';
import { rendererDir } from '../../src/node/paths';
import { silentLogger } from '../../src/node/logger';
import { AppServices } from '../../src/main/services/app-services';
import { emptyFrame, FRAME_LENGTH } from '../../src/shared/landmarks/layout';
import { encodeFrame } from '../../src/shared/landmarks/wire';
import { WsClient } from '../../src/cli/host-client';

describe('host mode server', () => {
  let dataDir: string;
  let services: AppServices;
  let host: HostServer;
  let rendererRoot: string;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-host-'));
    // A stand-in renderer folder: this test is about the server, not the built UI.
    rendererRoot = fs.existsSync(path.join(rendererDir(), 'index.html'))
      ? rendererDir()
      : fs.mkdtempSync(path.join(os.tmpdir(), 'sb-r-'));
    if (!fs.existsSync(path.join(rendererRoot, 'index.html')))
      fs.writeFileSync(path.join(rendererRoot, 'index.html'), '<!doctype html><title>t</title>');
    services = await AppServices.start({
      mode: 'host',
      dataDir,
      version: 'test',
      logger: silentLogger,
    });
    host = await startHost({
      services,
      rendererDir: rendererRoot,
      mounts: {},
      port: 0,
      logger: silentLogger,
    });
  });
  afterAll(async () => {
    await host.close();
    await services.dispose();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const get = (p: string, headers: Record<string, string> = {}) =>
    fetch(`http://127.0.0.1:${host.port}${p}`, { headers });

  it('binds to 127.0.0.1 and prints a URL with a long random token', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32}$/);
  });

  it('refuses requests without the token, or with a wrong one', async () => {
    expect((await get('/')).status).toBe(401);
    expect((await get('/?token=nope')).status).toBe(401);
    expect((await get('/index.html')).status).toBe(401);
  });

  it('serves the page with the token, a strict CSP and a cookie for reloads', async () => {
    const res = await get(`/?token=${host.token}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toMatch(
      /default-src 'self'.*object-src 'none'/,
    );
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect((await get('/', { cookie: cookie.split(';')[0] as string })).status).toBe(200);
  });

  it('refuses a foreign Host header (DNS rebinding) and path traversal', async () => {
    const http = await import('node:http');
    const status = await new Promise<number>((resolve) => {
      http.get(
        {
          host: '127.0.0.1',
          port: host.port,
          path: `/?token=${host.token}`,
          headers: { host: 'evil.example:80' },
        },
        (res) => resolve(res.statusCode ?? 0),
      );
    });
    expect(status).toBe(403);
    expect((await get(`/../../package.json?token=${host.token}`)).status).not.toBe(200);
    expect((await get(`/%2e%2e/%2e%2e/package.json?token=${host.token}`)).status).toBe(404);
  });

  it('refuses a WebSocket without the token or from another origin', async () => {
    await expect(WsClient.open(host.port, undefined)).rejects.toThrow(/401/);
    await expect(WsClient.open(host.port, 'wrong')).rejects.toThrow(/401/);
    await expect(WsClient.open(host.port, host.token, 'http://evil.example')).rejects.toThrow(
      /401/,
    );
  });

  it('bridges the contract: valid calls answer, malformed ones get typed errors', async () => {
    const c = await WsClient.open(host.port, host.token);
    try {
      const s = await c.invoke('settings.get', {});
      expect(s.ok).toBe(true);
      const bad = await c.invoke('settings.update', { signingSpeed: 'warp' });
      expect(bad.error?.kind).toBe('invalid-request');
      const unknown = await c.invoke('shell.exec', { cmd: 'rm -rf /' });
      expect(unknown.error?.kind).toBe('invalid-request');
      c.ws.send('not json');
      c.ws.send(JSON.stringify({ t: 'invoke', id: 'x' }));
      const appended = await c.invoke('transcript.append', { side: 'speaker', text: 'hello' });
      expect(appended.ok).toBe(true);
      await new Promise((r) => setTimeout(r, 50));
      expect(c.events.some((e) => e.channel === 'transcript.entry')).toBe(true);
    } finally {
      c.close();
    }
  });

  it('routes binary landmark frames to the SLT worker ring buffer', async () => {
    const c = await WsClient.open(host.port, host.token);
    try {
      await c.invoke('perception.reset', {});
      for (let seq = 0; seq < 5; seq++) {
        const data = emptyFrame();
        data.fill(0.5, 0, 33 * 4); // pose detected, everything else NaN
        c.ws.send(encodeFrame({ seq, timestamp: Date.now(), data }));
      }
      c.ws.send(new Uint8Array(10)); // wrong size: ignored, not fatal
      await new Promise((r) => setTimeout(r, 200));
      const stats = await c.invoke('perception.stats', {});
      expect(stats.ok).toBe(true);
      const v = stats.value as {
        worker: { received: number; lastSeq: number; latest: Record<string, number> };
        router: { dropped: number };
      };
      // Sent faster than the worker acknowledges: the newest frame wins, the rest are counted.
      expect(v.worker.received + v.router.dropped).toBe(5);
      expect(v.worker.lastSeq).toBe(4);
      expect(v.worker.latest).toEqual({ pose: 33, leftHand: 0, rightHand: 0, face: 0 });
      expect(FRAME_LENGTH).toBe(2212);
    } finally {
      c.close();
    }
  });
});
