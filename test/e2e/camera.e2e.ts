import fs from 'node:fs';
import { WsClient } from '../../src/cli/host-client';
import { expect, test } from './support/fixtures';

interface Stats {
  worker: { received: number; latest: Record<string, number> };
  router: { dropped: number };
}

test('the fake camera plays the signer image and its Holistic landmarks reach the SLT worker', async ({
  app,
}, testInfo) => {
  test.skip(
    !process.env.SB_E2E_Y4M,
    'needs ../shared/fixtures/images/signer.png for the fake camera',
  );
  test.setTimeout(240_000);
  const client = await WsClient.open(Number(process.env.SB_E2E_PORT), process.env.SB_E2E_TOKEN);
  try {
    // The frame rates and the engines line are diagnostics: shown only with the setting on.
    await client.invoke('settings.update', { diagnostics: true });
    await client.invoke('perception.reset', {});
    await app.getByRole('button', { name: 'Start camera' }).click();
    await expect(app.getByRole('button', { name: 'Stop camera' })).toBeVisible();
    // MediaPipe starts in seconds; each frame takes ~0.4 s on CPU here.
    await expect(app.locator('.stats')).toContainText('tasks-vision', { timeout: 120_000 });
    let stats: Stats | undefined;
    await expect
      .poll(
        async () => {
          const r = await client.invoke('perception.stats', {});
          stats = r.value as Stats;
          return stats?.worker.received ?? 0;
        },
        { timeout: 120_000, intervals: [1000] },
      )
      .toBeGreaterThanOrEqual(3);
    const latest = stats?.worker.latest ?? {};
    expect(latest.pose).toBe(33);
    expect(latest.face).toBe(478);
    expect(Math.max(latest.leftHand ?? 0, latest.rightHand ?? 0)).toBe(21);
    // The engines line says which landmarker runs.
    await expect(app.locator('.engines')).toContainText('landmarks');
    const shot = testInfo.outputPath('overlay.png');
    await app.locator('.camera').screenshot({ path: shot });
    expect(fs.statSync(shot).size).toBeGreaterThan(1000);
    await testInfo.attach('landmark-overlay', { path: shot, contentType: 'image/png' });
    await app.getByRole('button', { name: 'Stop camera' }).click();
  } finally {
    await client.invoke('settings.update', { diagnostics: false });
    client.close();
  }
});

test('a denied or missing camera gets a clear message and a retry', async ({
  sbBrowser,
  appUrl,
}) => {
  // A context without the fake device: getUserMedia fails the way a machine without a camera does.
  const context = await sbBrowser.newContext({ permissions: [] });
  const page = await context.newPage();
  await page.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = () =>
      Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
  });
  await page.goto(appUrl);
  await page.getByRole('button', { name: 'Start camera' }).click();
  await expect(page.getByRole('alert')).toContainText('Camera permission was denied');
  await expect(page.getByRole('button', { name: 'Retry camera' })).toBeVisible();
  await context.close();
});
