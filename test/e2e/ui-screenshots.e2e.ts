/**
 * Screenshots of the conversation screen for docs/images (issue 14's closing note), taken only
 * when SB_UI_SHOTS names a label: `SB_UI_SHOTS=after npx playwright test test/e2e/ui-screenshots`
 * writes docs/images/ui-after-*.png. A normal e2e run skips it, so it never rewrites the docs.
 */
import path from 'node:path';
import { ROOT } from '../helpers/shared';
import { expect, test } from './support/fixtures';

const LABEL = process.env.SB_UI_SHOTS ?? '';
/** A laptop-sized window keeps the files small and the text readable. */
const VIEWPORT = { width: 1200, height: 720 } as const;

const shot = (name: string) => path.join(ROOT, 'docs', 'images', `ui-${LABEL}-${name}.png`);

test('screenshots of the conversation screen', async ({ app }) => {
  test.skip(!/^[a-z0-9-]+$/.test(LABEL), 'set SB_UI_SHOTS=<label> to write docs/images/ui-*.png');
  test.setTimeout(180_000);
  await app.setViewportSize(VIEWPORT);
  await expect(app.getByText('Loading the avatar…')).toBeHidden({ timeout: 60_000 });

  await app.getByLabel('Message', { exact: true }).fill('Where is the bathroom? My name is Ana.');
  await app.getByRole('button', { name: 'Sign it' }).click();
  await expect(app.locator('.gloss-strip .gloss')).not.toHaveCount(0);
  await app.getByRole('button', { name: 'Thank you' }).click();
  await expect(app.locator('.transcript-list .entry.signer')).not.toHaveCount(0);
  // Let the clip finish so the avatar stands still in the picture.
  await expect(app.getByRole('button', { name: 'Play', exact: true })).toBeVisible({
    timeout: 60_000,
  });
  await app.screenshot({ path: shot('conversation') });

  await app.keyboard.press('Control+Comma');
  const dialog = app.getByRole('dialog', { name: 'Settings' });
  await expect(dialog).toBeVisible();
  await dialog.screenshot({ path: shot('settings') });
  await app.keyboard.press('Escape');

  await app.reload();
  await app.keyboard.press('Tab');
  await app.locator('header').screenshot({ path: shot('skip-link') });
});
