import type { Locator } from '@playwright/test';
import { expect, test } from './support/fixtures';

/** Fraction of canvas pixels that differ from the first pixel: a drawn avatar is far from 0. */
async function drawnFraction(canvas: Locator): Promise<number> {
  const png = await canvas.screenshot();
  // Decoded in the page to avoid a PNG decoder here.
  return canvas.page().evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = new OffscreenCanvas(img.width, img.height);
    const ctx = c.getContext('2d') as OffscreenCanvasRenderingContext2D;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, img.width, img.height).data;
    let differ = 0;
    for (let i = 0; i < d.length; i += 4)
      if (Math.abs((d[i] ?? 0) - (d[0] ?? 0)) + Math.abs((d[i + 1] ?? 0) - (d[1] ?? 0)) > 30)
        differ++;
    return differ / (d.length / 4);
  }, png.toString('base64'));
}

test('a typed message is signed by the avatar, each sign shown with how it was found', async ({
  app,
}) => {
  const canvas = app.locator('.avatar-canvas');
  await expect(app.getByText('Loading the avatar…')).toBeHidden({ timeout: 60_000 });
  expect(await drawnFraction(canvas)).toBeGreaterThan(0.05);

  await app.getByLabel('Message', { exact: true }).fill('Where is the bathroom? My name is Ana.');
  await app.getByRole('button', { name: 'Sign it' }).click();
  const strip = app.getByRole('list', { name: 'Signs in this message' });
  await expect(strip.locator('.gloss-name')).toHaveText([
    'BATHROOM',
    'WHERE',
    'MY',
    'NAME',
    'fs-ANA',
  ]);
  await expect(strip.locator('.gloss.fingerspelled')).toContainText('fingerspelled');
  await expect(strip.locator('.gloss.nm-wh-question')).toHaveCount(2);
  // The sign being made is highlighted while the clip plays.
  await expect(strip.locator('[aria-current="true"]')).toHaveCount(1, { timeout: 10_000 });
  await expect(
    app.getByRole('log', { name: 'Conversation transcript' }).locator('.glosses').last(),
  ).toHaveText('BATHROOM WHERE MY NAME fs-ANA');

  // Replay at quarter speed: the same clip plays again, slower.
  await app.getByLabel('Speed').fill('0.25');
  await app.getByRole('button', { name: 'Replay' }).click();
  await expect(app.getByRole('button', { name: 'Pause' })).toBeVisible();
  await app.getByRole('button', { name: 'Pause' }).click();
  await expect(app.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  // The speed is the stored setting (shared with Settings): put it back for the other tests.
  await app.getByLabel('Speed').fill('1');
  await expect(app.locator('output[for="player-speed"]')).toHaveText('1×');
});
