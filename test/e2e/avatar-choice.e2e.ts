import path from 'node:path';
import { hasShared, sharedPath } from '../helpers/shared';
import { expect, test } from './support/fixtures';

const MANNEQUIN = 'fixtures/avatars/mannequin-vrm0.vrm';

test('a user VRM 0.x without thumbs or face loads, says what it lacks, and signs', async ({
  app,
}) => {
  test.skip(!hasShared(MANNEQUIN), `needs ../shared/${MANNEQUIN}`);
  await expect(app.getByText('Loading the avatar…')).toBeHidden({ timeout: 60_000 });
  await app.getByRole('button', { name: 'Settings' }).click();
  const dialog = app.getByRole('dialog', { name: 'Settings' });
  const field = dialog.getByLabel('Avatar file (.vrm)');
  await field.fill(path.resolve(sharedPath(MANNEQUIN)));
  await field.press('Tab');
  await dialog.getByRole('button', { name: 'Close' }).click();
  const status = app.locator('.avatar-status');
  await expect(status).toContainText(/thumb/i, { timeout: 60_000 });
  await app.getByLabel('Message', { exact: true }).fill('Thank you.');
  await app.getByRole('button', { name: 'Sign it' }).click();
  await expect(app.locator('.gloss-strip .gloss-name')).toHaveText(['THANK-YOU']);
  // A path that is not an avatar falls back to the default one, with the reason.
  await app.getByRole('button', { name: 'Settings' }).click();
  await dialog.getByLabel('Avatar file (.vrm)').fill('/etc/passwd');
  await dialog.getByLabel('Avatar file (.vrm)').press('Tab');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(status).toContainText(
    'Using the default avatar: /etc/passwd is not a .vrm or .glb file',
    { timeout: 60_000 },
  );
  // Leave the default for the other tests.
  await app.getByRole('button', { name: 'Settings' }).click();
  await dialog.getByLabel('Avatar file (.vrm)').fill('');
  await dialog.getByLabel('Avatar file (.vrm)').press('Tab');
});
