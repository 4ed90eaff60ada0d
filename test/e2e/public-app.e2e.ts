/**
 * Issue 14 item 7, a public-facing app: no developer text unless Diagnostics is on, a fresh
 * conversation at every start and on "New conversation" (earlier ones kept on disk as the
 * retention setting says), one signing speed shared by the player and Settings, a transcript that
 * follows new turns unless the reader scrolled up, an avatar that keeps its size when the signs
 * appear, and a skip link that does not cover the connection status.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { spawnHost } from '../../src/cli/host-client';
import { expect, test } from './support/fixtures';
import { withClient } from './support/host-client';

const settingsUpdate = (patch: Record<string, unknown>) =>
  withClient((c) => c.invoke('settings.update', patch));

function dataDir(): string {
  const dir = process.env.SB_E2E_DATA;
  if (!dir) throw new Error('SB_E2E_DATA is not set: the global setup did not run');
  return dir;
}

/** Pixels between the list's visible bottom and its content's bottom. */
function gapBelow(list: Locator): Promise<number> {
  return list.evaluate((el) => el.scrollHeight - el.scrollTop - el.clientHeight);
}

async function appendTurns(n: number, tag: string): Promise<void> {
  await withClient(async (c) => {
    for (let i = 0; i < n; i++) {
      const r = await c.invoke('transcript.append', {
        side: i % 2 === 0 ? 'speaker' : 'signer',
        source: 'typed',
        text: `${tag} turn ${i}: a line long enough to take some room in the transcript.`,
      });
      expect(r.ok).toBe(true);
    }
  });
}

async function openSettings(app: Page): Promise<Locator> {
  await app.getByRole('button', { name: 'Settings' }).click();
  const dialog = app.getByRole('dialog', { name: 'Settings' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('no developer text on screen unless Settings → Diagnostics is on', async ({ app }) => {
  await expect(app.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
  const developerText = /Engines ready|npm run|fps|landmarker|onnxruntime/i;
  // innerText: what is on screen (the hidden diagnostics are in the DOM, not shown).
  expect(await app.locator('body').innerText()).not.toMatch(developerText);
  await expect(app.locator('.engines')).toBeHidden();
  await expect(app.locator('.stats')).toBeHidden();

  const dialog = await openSettings(app);
  await expect(dialog).not.toHaveText(/npm run|In use:/);
  await expect(dialog.getByLabel('Sign language to text')).toBeVisible();
  await expect(dialog.getByLabel('Text to sign language')).toBeVisible();
  await expect(dialog.getByLabel('Caption size').locator('option')).toHaveText([
    'Small',
    'Medium',
    'Large',
    'Extra large',
  ]);

  const toggle = dialog.getByLabel('Show diagnostics');
  await toggle.check();
  await expect(dialog.getByText(/In use:/)).toBeVisible();
  await expect(dialog.getByLabel('Show diagnostics')).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(app.locator('.engines')).toBeVisible();
  await expect(app.locator('.engines')).toContainText('Diagnostics');
  await expect(app.locator('.stats')).toBeVisible();

  await openSettings(app);
  await dialog.getByLabel('Show diagnostics').uncheck();
  await app.keyboard.press('Escape');
  await expect(app.locator('.engines')).toBeHidden();
});

test('one signing speed: the player and Settings show and change the same value', async ({
  app,
}) => {
  try {
    const player = app.locator('#player-speed');
    await player.fill('0.5');
    await expect(app.locator('output[for="player-speed"]')).toHaveText('0.5×');
    const dialog = await openSettings(app);
    await expect(dialog.getByLabel('Signing speed')).toHaveValue('0.5');
    await expect(dialog.locator('output[for="set-speed"]')).toHaveText('0.5×');

    await dialog.getByLabel('Signing speed').fill('1.5');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(player).toHaveValue('1.5');
    await expect(app.locator('output[for="player-speed"]')).toHaveText('1.5×');
    // Stored, not just shown: a reload keeps it.
    await app.reload();
    await expect(app.locator('#player-speed')).toHaveValue('1.5');
  } finally {
    await settingsUpdate({ signingSpeed: 1 });
  }
});

test('the transcript follows new turns unless the reader scrolled up, also after a caption-size change', async ({
  app,
}) => {
  await withClient((c) => c.invoke('transcript.newSession', {}));
  const log = app.getByRole('log', { name: 'Conversation transcript' });
  await expect(log.locator('.entry')).toHaveCount(0);
  try {
    await appendTurns(24, 'first');
    await expect(log.locator('.entry')).toHaveCount(24);
    expect(await log.evaluate((el) => el.scrollHeight > el.clientHeight * 2)).toBe(true);
    await expect.poll(() => gapBelow(log)).toBeLessThan(2);

    // Bigger captions re-flow every turn: the newest stays in view, and later ones are followed.
    await settingsUpdate({ captionSize: 'x-large' });
    await expect(app.locator('html')).toHaveAttribute('data-caption-size', 'x-large');
    await expect.poll(() => gapBelow(log)).toBeLessThan(2);
    await appendTurns(1, 'after resize');
    await expect(log.locator('.entry')).toHaveCount(25);
    await expect.poll(() => gapBelow(log)).toBeLessThan(2);

    // The reader scrolls up to read something earlier: a new turn does not pull them down.
    await log.hover();
    await app.mouse.wheel(0, -600);
    await expect.poll(() => log.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    const readingAt = await log.evaluate((el) => el.scrollTop);
    expect(await gapBelow(log)).toBeGreaterThan(100);
    await appendTurns(1, 'while reading');
    await expect(log.locator('.entry')).toHaveCount(26);
    expect(await log.evaluate((el) => el.scrollTop)).toBe(readingAt);

    // Back at the bottom, the following resumes.
    await app.mouse.wheel(0, 100_000);
    await expect.poll(() => gapBelow(log)).toBeLessThan(2);
    await appendTurns(1, 'back');
    await expect(log.locator('.entry')).toHaveCount(27);
    await expect.poll(() => gapBelow(log)).toBeLessThan(2);
  } finally {
    await settingsUpdate({ captionSize: 'medium' });
  }
});

test('the avatar keeps its size when the signs of a long message appear', async ({ app }) => {
  await expect(app.getByText('Loading the avatar…')).toBeHidden({ timeout: 60_000 });
  const viewport = app.locator('.avatar-viewport');
  const before = await viewport.boundingBox();
  await app
    .getByLabel('Message', { exact: true })
    .fill('Where is the bathroom? My name is Ana. Thank you, please wait here.');
  await app.getByRole('button', { name: 'Sign it' }).click();
  await expect(app.locator('.gloss-strip .gloss')).not.toHaveCount(0);
  expect((await app.locator('.gloss-strip .gloss').count()) > 5).toBe(true);
  const after = await viewport.boundingBox();
  expect(after?.height).toBeCloseTo(before?.height ?? -1, 0);
  expect(after?.width).toBeCloseTo(before?.width ?? -1, 0);
});

function overlaps(a: { x: number; y: number; width: number; height: number } | null, b: typeof a) {
  if (a === null || b === null) return true;
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

test('the skip link shows on Tab without covering the title or the connection status', async ({
  app,
}) => {
  await expect(app.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
  await app.keyboard.press('Tab');
  const skip = app.getByRole('link', { name: 'Skip to message box' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  const box = await skip.boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(20);
  expect(overlaps(box, await app.locator('.connection').boundingBox())).toBe(false);
  expect(overlaps(box, await app.getByRole('heading', { name: 'SignBridge' }).boundingBox())).toBe(
    false,
  );
  await app.keyboard.press('Enter');
  await expect(app.getByLabel('Message', { exact: true })).toBeFocused();
});

test('"New conversation" clears every panel and keeps the previous conversation on disk', async ({
  app,
}) => {
  await expect(app.getByText('Loading the avatar…')).toBeHidden({ timeout: 60_000 });
  const log = app.getByRole('log', { name: 'Conversation transcript' });
  const text = `Your table is ready ${Date.now()}`;
  await app.getByLabel('Message', { exact: true }).fill(text);
  await app.getByRole('button', { name: 'Sign it' }).click();
  await expect(log.getByText(text)).toBeVisible();
  await expect(app.locator('.gloss-strip .gloss')).not.toHaveCount(0);
  await app.getByRole('button', { name: 'Yes' }).click();
  await expect(app.getByText('Sent', { exact: true })).toBeVisible();

  await app.getByRole('button', { name: 'New conversation' }).click();
  await expect(log.locator('.entry')).toHaveCount(0);
  await expect(app.getByText('Nothing said yet.', { exact: false })).toBeVisible();
  await expect(app.locator('.gloss-strip .gloss')).toHaveCount(0);
  await expect(app.getByText('Sent', { exact: true })).toBeHidden();
  await expect(app.getByRole('button', { name: 'Replay' })).toBeDisabled();
  // The default retention keeps it on disk.
  const files = fs.readdirSync(path.join(dataDir(), 'transcripts'));
  const held = files.filter((f) =>
    fs.readFileSync(path.join(dataDir(), 'transcripts', f), 'utf8').includes(text),
  );
  expect(held).toHaveLength(1);
});

test('a restarted app starts with an empty conversation and applies the retention setting', async ({
  sbBrowser,
}) => {
  test.setTimeout(180_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-e2e-restart-'));
  const transcripts = path.join(dir, 'transcripts');
  fs.mkdirSync(transcripts);
  const line = (text: string) =>
    `${JSON.stringify({ id: 'e1', t: 1, durationMs: 0, side: 'speaker', text })}\n`;
  const recent = path.join(transcripts, '2030-01-01T00-00-00-000Z.jsonl');
  const old = path.join(transcripts, '2020-01-01T00-00-00-000Z.jsonl');
  fs.writeFileSync(recent, line('the previous customer'));
  fs.writeFileSync(old, line('a customer from long ago'));
  const longAgo = new Date(Date.now() - 45 * 24 * 3600 * 1000);
  fs.utimesSync(old, longAgo, longAgo);
  // Named like a session but a folder: skipped with a log line, not a crash.
  fs.mkdirSync(path.join(transcripts, '2019-01-01T00-00-00-000Z.jsonl'));

  const host = await spawnHost(dir);
  const context = await sbBrowser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(host.url);
    await expect(page.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
    const log = page.getByRole('log', { name: 'Conversation transcript' });
    await expect(page.getByText('Nothing said yet.', { exact: false })).toBeVisible();
    await expect(log.locator('.entry')).toHaveCount(0);
    await expect(page.getByText('the previous customer')).toHaveCount(0);
    // Kept for 30 days (the default): the recent file stays, the 45-day-old one is gone.
    expect(fs.existsSync(recent)).toBe(true);
    expect(fs.existsSync(old)).toBe(false);
    expect(host.log()).toMatch(/skipping .*2019-01-01T00-00-00-000Z\.jsonl/);

    // "Keep none" deletes every earlier conversation at once.
    await page.getByRole('button', { name: 'Settings' }).click();
    await page
      .getByRole('dialog', { name: 'Settings' })
      .getByLabel('Keep earlier conversations')
      .selectOption('none');
    await expect.poll(() => fs.existsSync(recent)).toBe(false);
  } finally {
    await context.close();
    host.child.kill('SIGTERM');
    await host.exited;
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('perception.stats is answered before the first frame, without an error in the log', async () => {
  const log = process.env.SB_E2E_LOG;
  if (!log) throw new Error('SB_E2E_LOG is not set: the global setup did not run');
  const invalid = /perception\.stats produced an invalid response/g;
  const before = (fs.readFileSync(log, 'utf8').match(invalid) ?? []).length;
  await withClient(async (c) => {
    await c.invoke('perception.reset', {});
    for (let i = 0; i < 3; i++) {
      const r = await c.invoke('perception.stats', {});
      expect(r.error).toBeUndefined();
      expect((r.value as { worker: { lastTimestamp: unknown } }).worker.lastTimestamp).toBeNull();
    }
  });
  await new Promise((r) => setTimeout(r, 200));
  expect((fs.readFileSync(log, 'utf8').match(invalid) ?? []).length).toBe(before);
});
