import { WsClient } from '../../src/cli/host-client';
import { expect, test } from './support/fixtures';

test('the conversation screen loads and connects', async ({ app }) => {
  await expect(app).toHaveTitle('SignBridge');
  await expect(app.getByRole('heading', { name: 'Signer' })).toBeVisible();
  await expect(app.getByRole('heading', { name: 'Speaker' })).toBeVisible();
  await expect(app.getByRole('heading', { name: 'Conversation' })).toBeVisible();
  await expect(app.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
});

test('a typed message lands in the transcript and survives a reload', async ({ app }) => {
  const text = `Where is the bathroom? ${Date.now()}`;
  await app.getByLabel('Message', { exact: true }).fill(text);
  await app.keyboard.press('Enter');
  const log = app.getByRole('log', { name: 'Conversation transcript' });
  await expect(log.getByText(text)).toBeVisible();
  await expect(log.locator('.entry.speaker').last()).toContainText('Speaker');
  await app.reload();
  await expect(
    app.getByRole('log', { name: 'Conversation transcript' }).getByText(text),
  ).toBeVisible();
});

test('settings survive a reload', async ({ app }) => {
  await app.getByRole('button', { name: 'Settings' }).click();
  const dialog = app.getByRole('dialog', { name: 'Settings' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('High contrast').check();
  await dialog.getByLabel('Caption size').selectOption('x-large');
  await expect(app.locator('html')).toHaveClass(/high-contrast/);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await app.reload();
  await expect(app.locator('html')).toHaveClass(/high-contrast/);
  await expect(app.locator('html')).toHaveAttribute('data-caption-size', 'x-large');
  await app.getByRole('button', { name: 'Settings' }).click();
  await expect(app.getByRole('dialog').getByLabel('High contrast')).toBeChecked();
  // Put things back for the other tests.
  await app.getByRole('dialog').getByLabel('High contrast').uncheck();
  await app.getByRole('dialog').getByLabel('Caption size').selectOption('medium');
});

test('the settings dialog is keyboard operable', async ({ app }) => {
  await app.keyboard.press('Control+Comma');
  const dialog = app.getByRole('dialog', { name: 'Settings' });
  await expect(dialog).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('a request without the token is refused', async ({ request }) => {
  const port = Number(process.env.SB_E2E_PORT);
  const res = await request.get(`http://127.0.0.1:${port}/`);
  expect(res.status()).toBe(401);
  expect(await res.text()).toContain('token');
  await expect(WsClient.open(port, undefined)).rejects.toThrow(/401/);
  await expect(WsClient.open(port, 'not-the-token')).rejects.toThrow(/401/);
});
